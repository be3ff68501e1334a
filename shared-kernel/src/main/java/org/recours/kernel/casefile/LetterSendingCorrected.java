package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the sending of a letter recorded as history entry {@code correctedEntry}: the letter as it stands
 * now (every field, corrected or not), the legal dates recomputed from it, and why.
 */
public record LetterSendingCorrected(
        CaseId caseId,
        long correctedEntry,
        int letterNumber,
        HeadOffice addressee,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber,
        LocalDate responseDueOn,
        LocalDate mediationAdmissibleUntil,
        String reason)
        implements CaseEvent {}
