package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the company's answer recorded as history entry {@code correctedEntry} (the case's answer number
 * {@code responseNumber}, counted from 1 in the order they were entered): the answer as it stands now, and why.
 */
public record ResponseCorrected(
        CaseId caseId,
        long correctedEntry,
        int responseNumber,
        LocalDate receivedOn,
        ContactChannel channel,
        String summary,
        ResponseAssessment assessment,
        String offer,
        String reason)
        implements CaseEvent {}
