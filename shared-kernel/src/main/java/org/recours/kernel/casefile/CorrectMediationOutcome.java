package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects the outcome of the latest mediation, named by its history entry. Its details are confidential (L612-3): a
 * confidential note on the correction, never here.
 */
public record CorrectMediationOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        MediationOutcome outcome,
        LocalDate concludedOn,
        String reason)
        implements CaseCommand {

    public CorrectMediationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
