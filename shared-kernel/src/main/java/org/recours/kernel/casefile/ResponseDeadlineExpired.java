package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The company let its response window pass without answering the formal complaint: evidence of its silence, and
 * from then on the consumer may seize the mediator.
 */
public record ResponseDeadlineExpired(
        CaseId caseId, LocalDate responseDueOn, LocalDate recordedOn, LocalDate mediationAdmissibleUntil)
        implements CaseEvent {}
