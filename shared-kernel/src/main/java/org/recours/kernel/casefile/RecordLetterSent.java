package org.recours.kernel.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * {@code addressee} names one of the company's head offices (its legal entity, e.g. "Amazon Digital France SAS");
 * {@code depositedAt}: for an electronic registered letter, the time on the provider's proof of deposit.
 */
public record RecordLetterSent(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String addressee,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber,
        Instant depositedAt)
        implements CaseCommand {

    public RecordLetterSent {
        addressee = Require.text("addressee", addressee, Require.SHORT_TEXT);
        Require.present("sentOn", sentOn);
        Require.present("method", method);
        if (method == SendingMethod.ELECTRONIC_REGISTERED) {
            Require.present("depositedAt", depositedAt);
        } else {
            depositedAt = null;
        }
    }

    public RecordLetterSent(
            CaseId caseId,
            Long expectedVersion,
            String addressee,
            LocalDate sentOn,
            SendingMethod method,
            TrackingNumber trackingNumber) {
        this(caseId, expectedVersion, addressee, sentOn, method, trackingNumber, null);
    }
}
