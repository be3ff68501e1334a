package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the court action recorded as history entry {@code correctedEntry} (the case's court action number
 * {@code actionNumber}, counted from 1): the action as it stands now ({@code reference} null when none), and why.
 */
public record CourtActionCorrected(
        CaseId caseId,
        long correctedEntry,
        int actionNumber,
        String court,
        LocalDate filedOn,
        String reference,
        String summary,
        String reason)
        implements CaseEvent {}
