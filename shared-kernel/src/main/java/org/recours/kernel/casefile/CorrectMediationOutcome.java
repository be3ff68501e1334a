package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the outcome of the latest mediation, named by its history entry. */
public record CorrectMediationOutcome(@TargetAggregateIdentifier CaseId caseId,
                                      @TargetAggregateVersion Long expectedVersion, long entry,
                                      MediationOutcome outcome, LocalDate concludedOn, String details, String reason)
        implements CaseCommand {

    public CorrectMediationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
        details = Require.text("details", details, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
