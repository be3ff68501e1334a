package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * What the court action numbered {@code actionNumber} claims, recorded right after it, and where it stands under Code
 * de procédure civile, art. 750-1: {@code basis} the ground it stands on; {@code attemptEndedOn} the day the
 * qualifying conciliation or mediation ended (null otherwise); {@code exemption} the dispensation staff recorded (null
 * otherwise); {@code justification} what staff wrote for the participatory procedure, the exemption, or the reason the
 * action was filed without any attempt (null when no attempt was needed or one is on file). {@code inadmissibilityRisk}
 * is true when the claim needed an attempt and none is on file.
 */
public record CourtClaimStated(
        CaseId caseId,
        int actionNumber,
        CourtClaim claim,
        AmicableAttemptBasis basis,
        LocalDate attemptEndedOn,
        AmicableAttemptExemption exemption,
        String justification,
        boolean inadmissibilityRisk)
        implements CaseEvent {}
