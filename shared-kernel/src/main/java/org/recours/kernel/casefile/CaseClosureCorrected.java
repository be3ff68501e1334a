package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the closure of the case recorded as history entry {@code correctedEntry}, the closure that stands:
 * the resolution, the amount obtained, the day of closure and the summary as they stand now, and why.
 */
public record CaseClosureCorrected(
        CaseId caseId,
        long correctedEntry,
        Resolution resolution,
        Money amountObtained,
        LocalDate closedOn,
        String summary,
        String reason)
        implements CaseEvent {}
