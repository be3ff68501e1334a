package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party's answer to the mediator's proposal: {@code accepted} true to accept it, false to refuse it. */
public record RecordProposalAnswer(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MediationParty party,
        Boolean accepted,
        LocalDate answeredOn)
        implements CaseCommand {

    public RecordProposalAnswer {
        Require.present("party", party);
        Require.present("accepted", accepted);
        Require.present("answeredOn", answeredOn);
    }
}
