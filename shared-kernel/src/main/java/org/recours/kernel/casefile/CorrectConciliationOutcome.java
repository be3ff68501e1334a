package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects how a conciliation ended, named by the history entry of its outcome. */
public record CorrectConciliationOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        ConciliationOutcome outcome,
        LocalDate concludedOn,
        String details,
        String reason)
        implements CaseCommand {

    public CorrectConciliationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
        details = Require.text("details", details, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
