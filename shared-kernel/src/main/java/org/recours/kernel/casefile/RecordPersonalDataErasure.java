package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that the consumer's personal data was erased; accepted on a closed case too. */
public record RecordPersonalDataErasure(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements CaseCommand {

    public RecordPersonalDataErasure {
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
