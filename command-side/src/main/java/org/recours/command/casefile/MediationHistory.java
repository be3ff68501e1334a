package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The latest mediation on the case as it stands after corrections: its number (from 1), its history entry, the
 * request; when the mediator received the file and notified its seizure (R612-2); the day it must conclude by
 * (R612-5: provisional, request + 90 days, until the notification; then notification + 90 days, or the date of an
 * extension); and when it concluded, how, and the entry that recorded it ({@code concludedOn} null while it runs).
 */
record MediationHistory(int number, long entry, String mediator, LocalDate requestedOn, String reference,
                        String windowOverrideReason, LocalDate fileReceivedOn, LocalDate seizureNotifiedOn,
                        LocalDate conclusionDueOn, Long conclusionEntry, MediationOutcome outcome,
                        LocalDate concludedOn, String details) {

    MediationHistory(int number, long entry, String mediator, LocalDate requestedOn, String reference,
                     String windowOverrideReason) {
        this(number, entry, mediator, requestedOn, reference, windowOverrideReason, null, null,
                LegalDeadlines.mediatorConclusionDue(requestedOn), null, null, null, null);
    }

    boolean pending() {
        return concludedOn == null;
    }

    MediationHistory concluded(long recordedAs, MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                fileReceivedOn, seizureNotifiedOn, conclusionDueOn, recordedAs, how, on, what);
    }

    MediationHistory outcomeCorrected(MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                fileReceivedOn, seizureNotifiedOn, conclusionDueOn, conclusionEntry, how, on, what);
    }

    /** A corrected request: until the seizure is notified, its provisional conclusion date follows the request. */
    MediationHistory corrected(String correctedMediator, LocalDate correctedRequestedOn, String correctedReference) {
        var dueOn = seizureNotifiedOn == null ? LegalDeadlines.mediatorConclusionDue(correctedRequestedOn)
                : conclusionDueOn;
        return new MediationHistory(number, entry, correctedMediator, correctedRequestedOn, correctedReference,
                windowOverrideReason, fileReceivedOn, seizureNotifiedOn, dueOn, conclusionEntry, outcome,
                concludedOn, details);
    }

    MediationHistory fileReceived(LocalDate receivedOn) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                receivedOn, seizureNotifiedOn, conclusionDueOn, conclusionEntry, outcome, concludedOn, details);
    }

    MediationHistory seizureNotified(LocalDate notifiedOn, LocalDate dueOn) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                fileReceivedOn, notifiedOn, dueOn, conclusionEntry, outcome, concludedOn, details);
    }

    MediationHistory extended(LocalDate dueOn) {
        return new MediationHistory(number, entry, mediator, requestedOn, reference, windowOverrideReason,
                fileReceivedOn, seizureNotifiedOn, dueOn, conclusionEntry, outcome, concludedOn, details);
    }

    /** Whether the three weeks to reject the request (L612-2) still call for a reminder. */
    boolean awaitingSeizureNotice() {
        return pending() && fileReceivedOn != null && seizureNotifiedOn == null;
    }

    /**
     * The pending mediation's own checks on dates; whether the case allows its steps at all (a mediation pending, a
     * step not yet recorded) is {@link org.recours.kernel.casefile.CaseStep}'s to say.
     */
    void requireConcludedAfterRequest(LocalDate on) {
        requireConcludedAfter(on, requestedOn);
    }

    /** A corrected request date may not come after the mediation's recorded conclusion. */
    void requireConcludedAfter(LocalDate correctedRequestedOn) {
        if (concludedOn != null) {
            requireConcludedAfter(concludedOn, correctedRequestedOn);
        }
    }

    void requireFileReceivable(LocalDate receivedOn) {
        if (receivedOn.isBefore(requestedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "Le médiateur ne peut pas recevoir le dossier ("
                    + FrenchDate.of(receivedOn) + ") avant la demande de médiation (" + FrenchDate.of(requestedOn)
                    + ").");
        }
    }

    void requireSeizureNotifiable(LocalDate notifiedOn) {
        var earliest = fileReceivedOn != null ? fileReceivedOn : requestedOn;
        if (notifiedOn.isBefore(earliest)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La saisine ne peut pas être notifiée ("
                    + FrenchDate.of(notifiedOn) + ") avant " + (fileReceivedOn != null
                    ? "la réception du dossier par le médiateur (" : "la demande de médiation (")
                    + FrenchDate.of(earliest) + ").");
        }
    }

    void requireExtensible(LocalDate notifiedOn, LocalDate extendedUntil) {
        if (notifiedOn.isBefore(seizureNotifiedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La prolongation ne peut pas être notifiée ("
                    + FrenchDate.of(notifiedOn) + ") avant la saisine (" + FrenchDate.of(seizureNotifiedOn) + ").");
        }
        if (!extendedUntil.isAfter(conclusionDueOn)) {
            throw new StepRefused(CaseRule.EXTENSION_MUST_POSTPONE, "Le médiateur doit déjà conclure au plus tard le "
                    + FrenchDate.of(conclusionDueOn) + " ; la prolongation jusqu'au " + FrenchDate.of(extendedUntil)
                    + " ne la reporte pas. " + CaseRule.EXTENSION_MUST_POSTPONE.explanation());
        }
    }

    private static void requireConcludedAfter(LocalDate concluded, LocalDate requested) {
        if (concluded.isBefore(requested)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La médiation ne peut pas s'achever ("
                    + FrenchDate.of(concluded) + ") avant d'avoir été demandée (" + FrenchDate.of(requested) + ").");
        }
    }
}
