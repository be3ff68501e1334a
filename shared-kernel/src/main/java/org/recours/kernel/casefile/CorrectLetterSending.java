package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the sending of a letter, named by its history entry; every field says what it should have been. */
public record CorrectLetterSending(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        String addressee,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber,
        String reason)
        implements CaseCommand {

    public CorrectLetterSending {
        addressee = Require.text("addressee", addressee, Require.SHORT_TEXT);
        Require.present("sentOn", sentOn);
        Require.present("method", method);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
