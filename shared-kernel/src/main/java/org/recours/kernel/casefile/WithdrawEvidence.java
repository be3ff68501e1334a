package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawEvidence(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        DocumentId documentId,
        String reason)
        implements CaseCommand {

    public WithdrawEvidence {
        Require.present("documentId", documentId);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
