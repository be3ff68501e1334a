package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the closure that stands on a closed case, named by its history entry. */
public record CorrectCaseClosure(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        Resolution resolution,
        Money amountObtained,
        LocalDate closedOn,
        String summary,
        String reason)
        implements CaseCommand {

    public CorrectCaseClosure {
        Require.present("resolution", resolution);
        Require.present("amountObtained", amountObtained);
        Require.present("closedOn", closedOn);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
