package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The conciliation ended, as the conciliator's record (constat) says: an attempt under CPC art. 750-1. */
public record ConciliationConcluded(
        CaseId caseId, int conciliationNumber, ConciliationOutcome outcome, LocalDate concludedOn, String details)
        implements CaseEvent {}
