package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records how the latest mediation ended. What the mediator found and what the parties said are confidential
 * (Code de la consommation, art. L612-3): they go into a confidential note on the recorded entry, never here.
 */
public record RecordMediationOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MediationOutcome outcome,
        LocalDate concludedOn)
        implements CaseCommand {

    public RecordMediationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
    }
}
