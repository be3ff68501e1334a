package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The consumer asked a conciliateur de justice to attempt a conciliation with the company (Code de procédure civile,
 * art. 750-1 and 1536 ff.); {@code conciliationNumber} counts them from 1, {@code reference} is null when none given.
 */
public record ConciliationRequested(
        CaseId caseId, int conciliationNumber, String conciliator, LocalDate requestedOn, String reference)
        implements CaseEvent {}
