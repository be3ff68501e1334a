package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.StepRefused;

/**
 * The latest mediation on the case as it stands after corrections: its number (from 1), its history entry, the request, and when it
 * concluded, how, and the entry that recorded it ({@code concludedOn} null while it runs).
 */
record MediationHistory(int number, long entry, String mediator, LocalDate requestedOn, String reference,
                        String windowOverrideReason, Long conclusionEntry, MediationOutcome outcome,
                        LocalDate concludedOn, String details) {

    MediationHistory(int number, long entry, String mediator, LocalDate requestedOn, String reference,
                     String windowOverrideReason) {
        this(number, entry, mediator, requestedOn, reference, windowOverrideReason, null, null, null, null);
    }

    boolean pending() {
        return concludedOn == null;
    }

    MediationHistory concluded(long recordedAs, MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                recordedAs, how, on, what);
    }

    MediationHistory outcomeCorrected(MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                conclusionEntry, how, on, what);
    }

    MediationHistory corrected(String correctedMediator, LocalDate correctedRequestedOn, String correctedReference) {
        return new MediationHistory(number, entry, correctedMediator, correctedRequestedOn, correctedReference,
                windowOverrideReason, conclusionEntry, outcome, concludedOn, details);
    }

    void requireNonePending() {
        if (pending()) {
            throw new StepRefused(CaseRule.MEDIATION_ALREADY_PENDING, "Une médiation est en cours depuis le "
                    + FrenchDate.of(requestedOn) + " : enregistrez d'abord son issue.");
        }
    }

    void requirePendingSince(LocalDate on) {
        if (!pending()) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
        requireConcludedAfter(on, requestedOn);
    }

    /** A corrected request date may not come after the mediation's recorded conclusion. */
    void requireConcludedAfter(LocalDate correctedRequestedOn) {
        if (concludedOn != null) {
            requireConcludedAfter(concludedOn, correctedRequestedOn);
        }
    }

    private static void requireConcludedAfter(LocalDate concluded, LocalDate requested) {
        if (concluded.isBefore(requested)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La médiation ne peut pas s'achever ("
                    + FrenchDate.of(concluded) + ") avant d'avoir été demandée (" + FrenchDate.of(requested) + ").");
        }
    }
}
