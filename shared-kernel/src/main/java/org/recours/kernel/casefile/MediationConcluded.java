package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The mediation ended; the mediator's proposal does not bind the parties. {@code details} is null from ADR 24 on:
 * what the mediator found is confidential (L612-3) and kept in a confidential note; events recorded before carry it,
 * and the exports leave it out unless the parties agreed.
 */
public record MediationConcluded(CaseId caseId, MediationOutcome outcome, LocalDate concludedOn, String details)
        implements CaseEvent {}
