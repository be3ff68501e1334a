package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the outcome of the mediation recorded as history entry {@code correctedEntry} (the case's mediation
 * number {@code mediationNumber}, counted from 1): the outcome as it stands now, and why. {@code details} is null
 * from ADR 24 on (confidential, L612-3: a confidential note on the correction); corrections recorded before carry it.
 */
public record MediationOutcomeCorrected(
        CaseId caseId,
        long correctedEntry,
        int mediationNumber,
        MediationOutcome outcome,
        LocalDate concludedOn,
        String details,
        String reason)
        implements CaseEvent {}
