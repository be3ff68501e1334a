package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the request of conciliation n° {@code conciliationNumber}, recorded as history entry
 * {@code correctedEntry}: the request as it stands now ({@code reference} null when none), and why.
 */
public record ConciliationRequestCorrected(
        CaseId caseId,
        long correctedEntry,
        int conciliationNumber,
        String conciliator,
        LocalDate requestedOn,
        String reference,
        String reason)
        implements CaseEvent {}
