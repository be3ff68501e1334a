package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the return of letter n° {@code letterNumber}, recorded as history entry {@code correctedEntry}: why
 * the post returned it, its first presentation and its return as they stand now, the response window's last day that
 * follows ({@code responseDueOn}, from the first presentation), and why.
 */
public record LetterReturnCorrected(
        CaseId caseId,
        long correctedEntry,
        int letterNumber,
        LetterReturnReason returnReason,
        LocalDate firstPresentedOn,
        LocalDate returnedOn,
        LocalDate responseDueOn,
        String reason)
        implements CaseEvent {}
