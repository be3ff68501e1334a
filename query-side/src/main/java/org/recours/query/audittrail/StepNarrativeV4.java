package org.recours.query.audittrail;

import static org.recours.query.audittrail.StepNarrative.english;

import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.FrenchGrammar;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.query.audittrail.StepNarrative.Sentences;

/**
 * Narrative version 4 (issue 16): the English history gives its dates in words ("2 November 2026", not
 * "2026-11-02") and a letter's sending method in words ("by registered letter with acknowledgement of receipt"); the
 * French one names a mediator with its article ("auprès du Médiateur du e-commerce de la FEVAD") and tells a
 * response's assessment in a sentence that agrees ("jugée satisfaisante", "rejetant la réclamation"). Every other
 * step is told as in version 3 (a mediation's end stays a neutral summary, L612-3).
 */
final class StepNarrativeV4 {

    private StepNarrativeV4() {}

    static Sentences of(CaseEvent event) {
        if (event instanceof HelpCentreConsulted e) {
            return new Sentences(
                    "Centre d'aide en ligne consulté le " + FrenchDate.of(e.consultedOn()) + " : " + e.findings(),
                    "Online help centre consulted on " + english(e.consultedOn()) + ": " + e.findings());
        }
        if (event instanceof SupportContacted e) {
            var ticket = e.ticketReference() == null ? "" : " (ticket " + e.ticketReference() + ")";
            return new Sentences(
                    "Service client contacté par " + e.channel().labelFr() + " le " + FrenchDate.of(e.contactedOn())
                            + ticket + " : " + e.summary() + " Résultat : " + e.outcome(),
                    "Customer support contacted by "
                            + e.channel().name().toLowerCase().replace('_', ' ') + " on " + english(e.contactedOn())
                            + ticket + ": " + e.summary() + " Outcome: " + e.outcome());
        }
        if (event instanceof LetterSent e) {
            var tracking = e.trackingNumber() == null ? "" : " (n° de suivi " + e.trackingNumber() + ")";
            return new Sentences(
                    "Courrier n° " + e.letterNumber() + " envoyé le " + FrenchDate.of(e.sentOn())
                            + " par " + e.method().labelFr() + tracking + " à "
                            + e.addressee().asOneLine()
                            + ". Réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn()) + ".",
                    "Letter no. " + e.letterNumber() + " sent on " + english(e.sentOn()) + " by "
                            + english(e.method())
                            + (e.trackingNumber() == null ? "" : " (tracking number " + e.trackingNumber() + ")")
                            + " to " + e.addressee().asOneLine()
                            + ". Answer due by " + english(e.responseDueOn()) + ".");
        }
        if (event instanceof LetterDelivered e) {
            return new Sentences(
                    "Courrier n° " + e.letterNumber() + " reçu par l'entreprise le "
                            + FrenchDate.of(e.deliveredOn())
                            + " (accusé de réception). Réponse attendue au plus tard le "
                            + FrenchDate.of(e.responseDueOn()) + ".",
                    "Letter no. " + e.letterNumber()
                            + " received by the company on " + english(e.deliveredOn())
                            + " (acknowledgement of receipt). Answer due by " + english(e.responseDueOn()) + ".");
        }
        if (event instanceof ResponseReceived e) {
            var offer = e.offer() == null ? "" : " Proposition : " + e.offer();
            return new Sentences(
                    "Réponse de l'entreprise reçue le " + FrenchDate.of(e.receivedOn()) + " par "
                            + e.channel().labelFr() + ", " + assessed(e.assessment()) + " : " + e.summary() + offer,
                    "Company's answer received on " + english(e.receivedOn()) + ", " + assessedEn(e.assessment()) + ": "
                            + e.summary() + (e.offer() == null ? "" : " Offer: " + e.offer()));
        }
        if (event instanceof ResponseDeadlineExpired e) {
            return new Sentences(
                    "Délai de réponse expiré le " + FrenchDate.of(e.responseDueOn())
                            + " sans réponse de l'entreprise. La médiation peut être demandée jusqu'au "
                            + FrenchDate.of(e.mediationAdmissibleUntil()) + ".",
                    "Response deadline of "
                            + english(e.responseDueOn())
                            + " passed without an answer from the company. Mediation may be "
                            + "requested until " + english(e.mediationAdmissibleUntil()) + ".");
        }
        if (event instanceof MediationRequested e) {
            var override = e.windowOverrideReason() == null
                    ? ""
                    : " Saisine avant la fin du délai de réponse, motif : " + e.windowOverrideReason();
            return new Sentences(
                    "Médiation demandée le " + FrenchDate.of(e.requestedOn()) + " "
                            + FrenchGrammar.aupresDe(e.mediator())
                            + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                            + ". Date provisoire de conclusion : " + FrenchDate.of(e.conclusionDueOn())
                            + " (90 jours après la demande) ; le délai de 90 jours court de la notification de la saisine "
                            + "par le médiateur (Code de la consommation, art. R612-2 et R612-5)." + override,
                    "Mediation requested on " + english(e.requestedOn()) + " from " + e.mediator()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + ". Provisional conclusion date: " + english(e.conclusionDueOn()) + " (90 days after "
                            + "the request); the 90 days run from the mediator's notice of seizure (Consumer Code "
                            + "art. R612-2 and R612-5)."
                            + (e.windowOverrideReason() == null
                                    ? ""
                                    : " Requested before the response window ended, reason: "
                                            + e.windowOverrideReason()));
        }
        if (event instanceof CaseReopened e) {
            return new Sentences(
                    "Dossier rouvert le " + FrenchDate.of(e.reopenedOn()) + " : " + e.reason(),
                    "Case reopened on " + english(e.reopenedOn()) + ": " + e.reason());
        }
        return StepNarrativeV3.of(event);
    }

    /** The assessment as the sentence needs it: "jugée satisfaisante", "rejetant la réclamation". */
    static String assessed(ResponseAssessment assessment) {
        return switch (assessment) {
            case SATISFACTORY -> "jugée satisfaisante";
            case PARTIAL -> "jugée partiellement satisfaisante";
            case REJECTED -> "rejetant la réclamation";
        };
    }

    private static String assessedEn(ResponseAssessment assessment) {
        return switch (assessment) {
            case SATISFACTORY -> "assessed as satisfactory";
            case PARTIAL -> "assessed as partly satisfactory";
            case REJECTED -> "rejecting the complaint";
        };
    }
}
