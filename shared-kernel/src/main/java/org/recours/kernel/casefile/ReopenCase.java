package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements CaseCommand {

    public ReopenCase {
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
