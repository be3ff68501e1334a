package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the consultation of the company's online help centre recorded as history entry
 * {@code correctedEntry} (the case's consultation number {@code consultationNumber}, counted from 1 in the order they
 * were entered): the consultation as it stands now, and why.
 */
public record HelpCentreConsultationCorrected(
        CaseId caseId,
        long correctedEntry,
        int consultationNumber,
        LocalDate consultedOn,
        String findings,
        String reason)
        implements CaseEvent {}
