package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The consumer mediator was seized. {@code conclusionDueOn} counts the mediator's 90 days (R612-5) from the request;
 * {@code windowOverrideReason} is null unless a supervisor seized the mediator before the response window ended.
 */
public record MediationRequested(
        CaseId caseId,
        String mediator,
        LocalDate requestedOn,
        String reference,
        LocalDate conclusionDueOn,
        String windowOverrideReason)
        implements CaseEvent {}
