package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code addressee} names one of the company's head offices (its legal entity, e.g. "Amazon Digital France SAS"). */
public record RecordLetterSent(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
                               String addressee, LocalDate sentOn, SendingMethod method,
                               TrackingNumber trackingNumber) implements CaseCommand {

    public RecordLetterSent {
        addressee = Require.text("addressee", addressee, Require.SHORT_TEXT);
        Require.present("sentOn", sentOn);
        Require.present("method", method);
    }
}
