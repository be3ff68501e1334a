package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected how conciliation n° {@code conciliationNumber} ended, recorded as history entry
 * {@code correctedEntry}: the outcome as it stands now, and why.
 */
public record ConciliationOutcomeCorrected(
        CaseId caseId,
        long correctedEntry,
        int conciliationNumber,
        ConciliationOutcome outcome,
        LocalDate concludedOn,
        String details,
        String reason)
        implements CaseEvent {}
