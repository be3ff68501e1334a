package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a message the consumer sent to the association from their follow-up page. */
public record RecordConsumerMessage(
        @TargetAggregateIdentifier CaseId caseId, String message) implements CaseCommand {

    public static final int LONGEST = 5000;

    public RecordConsumerMessage {
        message = Require.text("message", message, LONGEST);
    }

    /** The consumer writes whatever the case's version: nothing they see could be stale. */
    @Override
    public Long expectedVersion() {
        return null;
    }
}
