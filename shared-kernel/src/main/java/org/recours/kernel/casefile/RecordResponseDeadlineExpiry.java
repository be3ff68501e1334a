package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sent when the company's response window has run out; refused if the company answered or the window is open. */
public record RecordResponseDeadlineExpiry(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {}
