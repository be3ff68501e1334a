package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code acceptBy}: the last day the mediator set for the parties to accept its proposal (R612-4), included. */
public record RecordMediationProposal(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate proposedOn,
        LocalDate acceptBy)
        implements CaseCommand {

    public RecordMediationProposal {
        Require.present("proposedOn", proposedOn);
        Require.present("acceptBy", acceptBy);
    }
}
