package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The latest mediation on the case: when it was requested, when the mediator received the file and notified its
 * seizure (R612-2), the day it must conclude by (R612-5: provisional, request + 90 days, until the notification;
 * then notification + 90 days, or the date of an extension), and whether it still runs.
 */
record MediationHistory(LocalDate requestedOn, LocalDate fileReceivedOn, LocalDate seizureNotifiedOn,
                        LocalDate conclusionDueOn, boolean pending) {

    MediationHistory(LocalDate requestedOn) {
        this(requestedOn, null, null, LegalDeadlines.mediatorConclusionDue(requestedOn), true);
    }

    MediationHistory concluded() {
        return new MediationHistory(requestedOn, fileReceivedOn, seizureNotifiedOn, conclusionDueOn, false);
    }

    MediationHistory fileReceived(LocalDate receivedOn) {
        return new MediationHistory(requestedOn, receivedOn, seizureNotifiedOn, conclusionDueOn, pending);
    }

    MediationHistory seizureNotified(LocalDate notifiedOn, LocalDate dueOn) {
        return new MediationHistory(requestedOn, fileReceivedOn, notifiedOn, dueOn, pending);
    }

    MediationHistory extended(LocalDate dueOn) {
        return new MediationHistory(requestedOn, fileReceivedOn, seizureNotifiedOn, dueOn, pending);
    }

    /** Whether the three weeks to reject the request (L612-2) still call for a reminder. */
    boolean awaitingSeizureNotice() {
        return pending && fileReceivedOn != null && seizureNotifiedOn == null;
    }

    void requireNonePending() {
        if (pending) {
            throw new StepRefused(CaseRule.MEDIATION_ALREADY_PENDING, "Une médiation est en cours depuis le "
                    + FrenchDate.of(requestedOn) + " : enregistrez d'abord son issue.");
        }
    }

    void requirePendingSince(LocalDate concludedOn) {
        requirePending();
        if (concludedOn.isBefore(requestedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La médiation ne peut pas s'achever (" + FrenchDate.of(concludedOn)
                    + ") avant d'avoir été demandée (" + FrenchDate.of(requestedOn) + ").");
        }
    }

    void requireFileReceivable(LocalDate receivedOn) {
        requirePending();
        if (fileReceivedOn != null) {
            throw new StepRefused(CaseRule.MEDIATION_STEP_ALREADY_RECORDED, "Le médiateur a reçu le dossier le "
                    + FrenchDate.of(fileReceivedOn) + " : " + CaseRule.MEDIATION_STEP_ALREADY_RECORDED.explanation());
        }
        if (receivedOn.isBefore(requestedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "Le médiateur ne peut pas recevoir le dossier ("
                    + FrenchDate.of(receivedOn) + ") avant la demande de médiation (" + FrenchDate.of(requestedOn)
                    + ").");
        }
    }

    void requireSeizureNotifiable(LocalDate notifiedOn) {
        requirePending();
        if (seizureNotifiedOn != null) {
            throw new StepRefused(CaseRule.MEDIATION_STEP_ALREADY_RECORDED, "La saisine a été notifiée le "
                    + FrenchDate.of(seizureNotifiedOn) + " : "
                    + CaseRule.MEDIATION_STEP_ALREADY_RECORDED.explanation());
        }
        var earliest = fileReceivedOn != null ? fileReceivedOn : requestedOn;
        if (notifiedOn.isBefore(earliest)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La saisine ne peut pas être notifiée ("
                    + FrenchDate.of(notifiedOn) + ") avant " + (fileReceivedOn != null
                    ? "la réception du dossier par le médiateur (" : "la demande de médiation (")
                    + FrenchDate.of(earliest) + ").");
        }
    }

    void requireExtensible(LocalDate notifiedOn, LocalDate extendedUntil) {
        requirePending();
        if (seizureNotifiedOn == null) {
            throw new StepRefused(CaseRule.SEIZURE_NOT_NOTIFIED, CaseRule.SEIZURE_NOT_NOTIFIED.explanation());
        }
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

    private void requirePending() {
        if (!pending) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
    }
}
