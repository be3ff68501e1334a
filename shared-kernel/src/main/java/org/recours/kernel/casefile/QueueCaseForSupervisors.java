package org.recours.kernel.casefile;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sends the case to its branch's supervisors' queue because {@code handler} can no longer handle it; a case handed
 * to someone else meanwhile stays with them.
 */
public record QueueCaseForSupervisors(
        @TargetAggregateIdentifier CaseId caseId, StaffMemberId handler, HandoverReason reason) implements CaseCommand {

    public QueueCaseForSupervisors {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whatever the case's version: the handler it names is what must still hold. */
    @Override
    public Long expectedVersion() {
        return null;
    }
}
