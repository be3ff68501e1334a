package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the request to the consumer mediator recorded as history entry {@code correctedEntry}
 * (the case's mediation number {@code mediationNumber}, counted from 1): the request
 * as it stands now ({@code reference} null when none), the mediator's 90 days (R612-5) recounted from its date, and
 * why. A supervisor's reason to seize the mediator early, if any, stays the one recorded with the request.
 */
public record MediationRequestCorrected(
        CaseId caseId,
        long correctedEntry,
        int mediationNumber,
        String mediator,
        LocalDate requestedOn,
        String reference,
        LocalDate conclusionDueOn,
        String reason)
        implements CaseEvent {}
