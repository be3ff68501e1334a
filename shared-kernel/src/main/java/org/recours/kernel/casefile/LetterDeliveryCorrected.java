package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the date of an acknowledgement of receipt recorded as history entry {@code correctedEntry}; the
 * company's last day to answer recomputed from it, and why.
 */
public record LetterDeliveryCorrected(
        CaseId caseId,
        long correctedEntry,
        int letterNumber,
        LocalDate deliveredOn,
        LocalDate responseDueOn,
        String reason)
        implements CaseEvent {}
