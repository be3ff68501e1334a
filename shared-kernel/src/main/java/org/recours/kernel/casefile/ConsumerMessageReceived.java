package org.recours.kernel.casefile;

/**
 * The consumer wrote to the association through their follow-up link; the step's actor is the consumer
 * ({@link StaffMemberId#CONSUMER}). The text is theirs, as they typed it.
 */
public record ConsumerMessageReceived(CaseId caseId, String message) implements CaseEvent {}
