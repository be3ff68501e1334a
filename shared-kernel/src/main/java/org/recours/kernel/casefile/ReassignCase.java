package org.recours.kernel.casefile;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the case to another staff member; asked by its handler or by a supervisor. */
public record ReassignCase(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        StaffMemberId handler) implements CaseCommand {

    public ReassignCase {
        if (handler == null) {
            throw new InvalidCaseData("handler", RefusalText.of("check.handler"));
        }
        Objects.requireNonNull(caseId, "caseId");
    }
}
