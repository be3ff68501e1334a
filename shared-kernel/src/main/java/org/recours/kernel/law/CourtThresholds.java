package org.recours.kernel.law;

import java.math.BigDecimal;

/**
 * Code de procédure civile, art. 750-1: a claim of 5,000 euros or less needs a prior attempt at conciliation or
 * mediation before going to court; a mediation on the file is that proof.
 */
public final class CourtThresholds {

    public static final BigDecimal PRIOR_AMICABLE_ATTEMPT_CEILING_EUROS = new BigDecimal("5000.00");

    private CourtThresholds() {}

    public static boolean requiresPriorAmicableAttempt(BigDecimal claimEuros) {
        return claimEuros.compareTo(PRIOR_AMICABLE_ATTEMPT_CEILING_EUROS) <= 0;
    }
}
