package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the claim of court action n° {@code actionNumber}, recorded as history entry {@code correctedEntry}
 * (its {@code CourtClaimStated}): the claim and where it stands under Code de procédure civile, art. 750-1, assessed
 * again on the action's filing day (the fields of {@link CourtClaimStated}), and why.
 */
public record CourtClaimCorrected(
        CaseId caseId,
        long correctedEntry,
        int actionNumber,
        CourtClaim claim,
        AmicableAttemptBasis basis,
        LocalDate attemptEndedOn,
        AmicableAttemptExemption exemption,
        String justification,
        boolean inadmissibilityRisk,
        String reason)
        implements CaseEvent {}
