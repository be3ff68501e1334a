package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.StepRefused;

/** The latest mediation on the case: when it was requested and whether it still runs. */
record MediationHistory(LocalDate requestedOn, boolean pending) {

    MediationHistory(LocalDate requestedOn) {
        this(requestedOn, true);
    }

    MediationHistory concluded() {
        return new MediationHistory(requestedOn, false);
    }

    void requireNonePending() {
        if (pending) {
            throw new StepRefused(CaseRule.MEDIATION_ALREADY_PENDING, "Une médiation est en cours depuis le "
                    + FrenchDate.of(requestedOn) + " : enregistrez d'abord son issue.");
        }
    }

    void requirePendingSince(LocalDate concludedOn) {
        if (!pending) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
        if (concludedOn.isBefore(requestedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La médiation ne peut pas s'achever (" + FrenchDate.of(concludedOn)
                    + ") avant d'avoir été demandée (" + FrenchDate.of(requestedOn) + ").");
        }
    }
}
