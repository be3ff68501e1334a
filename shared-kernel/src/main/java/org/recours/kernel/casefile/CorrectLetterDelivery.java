package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the date of an acknowledgement of receipt, named by its history entry. */
public record CorrectLetterDelivery(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        LocalDate deliveredOn,
        String reason)
        implements CaseCommand {

    public CorrectLetterDelivery {
        Require.present("deliveredOn", deliveredOn);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
