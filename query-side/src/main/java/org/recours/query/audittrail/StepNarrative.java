package org.recours.query.audittrail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.ConsumerDetail;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.SupportContacted;

/**
 * What happened, in a sentence a mediator or a judge reads without knowing the software, in French and English.
 * Only the event's own data goes in, so that a rebuild writes the same sentence.
 */
final class StepNarrative {

    record Sentences(String french, String english) {
    }

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private StepNarrative() {
    }

    static Sentences of(CaseEvent event) {
        if (event instanceof ComplaintFiled e) {
            return new Sentences(
                    "Réclamation déposée contre " + e.company().name() + " (" + e.category().labelFr()
                            + "), montant en jeu " + e.amountAtStake() + " ; demande : " + e.desiredOutcome()
                            + ". Faits : " + e.facts(),
                    "Complaint filed against " + e.company().name() + " (" + e.category().labelEn()
                            + "), amount at stake " + e.amountAtStake() + "; the consumer asks: "
                            + e.desiredOutcome() + ". Facts: " + e.facts());
        }
        if (event instanceof HelpCentreConsulted e) {
            return new Sentences("Centre d'aide en ligne consulté le " + FrenchDate.of(e.consultedOn()) + " : "
                    + e.findings(), "Online help centre consulted on " + e.consultedOn() + ": " + e.findings());
        }
        if (event instanceof SupportContacted e) {
            var ticket = e.ticketReference() == null ? "" : " (ticket " + e.ticketReference() + ")";
            return new Sentences("Service client contacté par " + e.channel().labelFr() + " le "
                    + FrenchDate.of(e.contactedOn()) + ticket + " : " + e.summary() + " Résultat : " + e.outcome(),
                    "Customer support contacted by " + e.channel().name().toLowerCase().replace('_', ' ') + " on "
                            + e.contactedOn() + ticket + ": " + e.summary() + " Outcome: " + e.outcome());
        }
        if (event instanceof LetterSent e) {
            var tracking = e.trackingNumber() == null ? "" : ", n° de suivi " + e.trackingNumber();
            return new Sentences("Courrier n° " + e.letterNumber() + " envoyé le " + FrenchDate.of(e.sentOn())
                    + " par " + e.method().labelFr() + tracking + " à " + e.addressee().asOneLine()
                    + ". Réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn()) + ".",
                    "Letter no. " + e.letterNumber() + " sent on " + e.sentOn() + " by "
                            + e.method().name().toLowerCase().replace('_', ' ') + tracking.replace("n° de suivi",
                            "tracking number") + " to " + e.addressee().asOneLine() + ". Answer due by "
                            + e.responseDueOn() + ".");
        }
        if (event instanceof LetterDelivered e) {
            return new Sentences("Courrier n° " + e.letterNumber() + " reçu par l'entreprise le "
                    + FrenchDate.of(e.deliveredOn()) + " (accusé de réception). Réponse attendue au plus tard le "
                    + FrenchDate.of(e.responseDueOn()) + ".", "Letter no. " + e.letterNumber()
                    + " received by the company on " + e.deliveredOn() + " (acknowledgement of receipt). Answer due by "
                    + e.responseDueOn() + ".");
        }
        if (event instanceof ResponseReceived e) {
            var offer = e.offer() == null ? "" : " Proposition : " + e.offer();
            return new Sentences("Réponse de l'entreprise reçue le " + FrenchDate.of(e.receivedOn()) + " par "
                    + e.channel().labelFr() + ", jugée " + e.assessment().labelFr() + " : " + e.summary() + offer,
                    "Company's answer received on " + e.receivedOn() + ", assessed "
                            + e.assessment().name().toLowerCase() + ": " + e.summary()
                            + (e.offer() == null ? "" : " Offer: " + e.offer()));
        }
        if (event instanceof ResponseDeadlineExpired e) {
            return new Sentences("Délai de réponse expiré le " + FrenchDate.of(e.responseDueOn())
                    + " sans réponse de l'entreprise. La médiation peut être demandée jusqu'au "
                    + FrenchDate.of(e.mediationAdmissibleUntil()) + ".", "Response deadline of " + e.responseDueOn()
                    + " passed without an answer from the company. Mediation may be requested until "
                    + e.mediationAdmissibleUntil() + ".");
        }
        if (event instanceof MediationRequested e) {
            var override = e.windowOverrideReason() == null ? ""
                    : " Saisine avant la fin du délai de réponse, motif : " + e.windowOverrideReason();
            return new Sentences("Médiation demandée le " + FrenchDate.of(e.requestedOn()) + " auprès de "
                    + e.mediator() + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                    + ". Le médiateur doit conclure au plus tard le " + FrenchDate.of(e.conclusionDueOn())
                    + " (art. R612-5)." + override, "Mediation requested on " + e.requestedOn() + " from "
                    + e.mediator() + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                    + ". The mediator must conclude by " + e.conclusionDueOn() + "."
                    + (e.windowOverrideReason() == null ? "" : " Requested before the response window ended, "
                    + "reason: " + e.windowOverrideReason()));
        }
        if (event instanceof MediationConcluded e) {
            return new Sentences("Médiation terminée le " + FrenchDate.of(e.concludedOn()) + " : "
                    + e.outcome().labelFr() + ". " + e.details(), "Mediation concluded on " + e.concludedOn() + ": "
                    + e.outcome().name().toLowerCase().replace('_', ' ') + ". " + e.details());
        }
        if (event instanceof MediationFileReceived e) {
            return new Sentences("Dossier reçu par le médiateur le " + FrenchDate.of(e.receivedOn())
                    + ". Il peut rejeter la demande jusqu'au " + FrenchDate.of(e.rejectionDueOn())
                    + " (trois semaines, Code de la consommation, art. L612-2).", "Mediator received the file on "
                    + e.receivedOn() + ". It may reject the request until " + e.rejectionDueOn()
                    + " (three weeks, Consumer Code art. L612-2).");
        }
        if (event instanceof MediationSeizureNotified e) {
            return new Sentences("Saisine du médiateur notifiée aux parties le " + FrenchDate.of(e.notifiedOn())
                    + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                    + " (Code de la consommation, art. R612-2). Le médiateur doit conclure au plus tard le "
                    + FrenchDate.of(e.conclusionDueOn()) + ", 90 jours après cette notification (art. R612-5).",
                    "Mediator's seizure notified to the parties on " + e.notifiedOn()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + " (Consumer Code art. R612-2). The mediator must conclude by " + e.conclusionDueOn()
                            + ", 90 days after that notice (art. R612-5).");
        }
        if (event instanceof MediationExtended e) {
            return new Sentences("Délai du médiateur prolongé le " + FrenchDate.of(e.notifiedOn()) + " jusqu'au "
                    + FrenchDate.of(e.conclusionDueOn()) + " (au lieu du " + FrenchDate.of(e.previousConclusionDueOn())
                    + " ; litige complexe, Code de la consommation, art. R612-5, al. 2).",
                    "Mediator's time extended on " + e.notifiedOn() + " until " + e.conclusionDueOn()
                            + " (instead of " + e.previousConclusionDueOn()
                            + "; complex dispute, Consumer Code art. R612-5 para. 2).");
        }
        if (event instanceof CourtActionRecorded e) {
            return new Sentences("Action en justice introduite le " + FrenchDate.of(e.filedOn()) + " devant "
                    + e.court() + (e.reference() == null ? "" : " (RG " + e.reference() + ")") + " : " + e.summary(),
                    "Court action filed on " + e.filedOn() + " before " + e.court()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + ": " + e.summary());
        }
        if (event instanceof NoteAdded e) {
            return new Sentences("Note : " + e.text(), "Note: " + e.text());
        }
        if (event instanceof CaseClosed e) {
            return new Sentences("Dossier clos le " + FrenchDate.of(e.closedOn()) + " : " + e.resolution().labelFr()
                    + ", montant obtenu " + e.amountObtained() + ". " + e.summary(), "Case closed on " + e.closedOn()
                    + ": " + e.resolution().name().toLowerCase().replace('_', ' ') + ", amount obtained "
                    + e.amountObtained() + ". " + e.summary());
        }
        if (event instanceof CaseReopened e) {
            return new Sentences("Dossier rouvert le " + FrenchDate.of(e.reopenedOn()) + " : " + e.reason(),
                    "Case reopened on " + e.reopenedOn() + ": " + e.reason());
        }
        if (event instanceof EvidenceAttached e) {
            return new Sentences("Pièce jointe « " + e.fileName() + " » (" + e.mediaType() + ", " + e.sizeInBytes()
                    + " octets, SHA-256 " + e.sha256() + ") : " + e.description(), "Evidence attached \""
                    + e.fileName() + "\" (" + e.mediaType() + ", " + e.sizeInBytes() + " bytes, SHA-256 "
                    + e.sha256() + "): " + e.description());
        }
        if (event instanceof EvidenceWithdrawn e) {
            return new Sentences("Pièce « " + e.fileName() + " » (SHA-256 " + e.sha256() + ") retirée : "
                    + e.reason(), "Evidence \"" + e.fileName() + "\" (SHA-256 " + e.sha256() + ") withdrawn: "
                    + e.reason());
        }
        if (event instanceof ReminderDue e) {
            return new Sentences("Rappel : " + e.kind().title() + " — échéance le " + FrenchDate.of(e.deadlineOn())
                    + ". " + e.kind().meaning() + " Prochaine étape : " + e.kind().nextStep(), "Reminder: "
                    + e.kind().name().toLowerCase().replace('_', ' ') + ", deadline " + e.deadlineOn() + ".");
        }
        if (event instanceof PersonalDataErased e) {
            return new Sentences("Données personnelles du consommateur effacées le " + FrenchDate.of(e.erasedOn())
                    + " à sa demande (RGPD, art. 17) : " + e.reason(), "Consumer's personal data erased on "
                    + e.erasedOn() + " at their request (GDPR art. 17): " + e.reason());
        }
        if (event instanceof CaseHandlerAssigned e) {
            return new Sentences("Dossier confié le " + FrenchDate.of(e.assignedOn()) + " à " + e.handler().value()
                    + " (suivi jusque-là par " + e.previousHandler().value() + ").", "Case handed on "
                    + english(e.assignedOn()) + " to " + e.handler().value() + " (handled until then by "
                    + e.previousHandler().value() + ").");
        }
        if (event instanceof ConsumerDetailsUpdated e) {
            return new Sentences("Coordonnées du consommateur mises à jour le " + FrenchDate.of(e.updatedOn())
                    + " (" + String.join(", ", e.changed().stream().map(ConsumerDetail::labelFr).toList())
                    + ") ; elles sont gardées hors de l'historique.", "Consumer's contact details updated on "
                    + english(e.updatedOn()) + " (" + String.join(", ", e.changed().stream()
                    .map(ConsumerDetail::labelEn).toList()) + "); they are kept outside the history.");
        }
        if (event instanceof ComplaintDetailsCorrected e) {
            return corrected(e.correctedEntry(), "réclamation déposée", "complaint filed", e.category().labelFr()
                    + ", montant en jeu " + e.amountAtStake() + " ; demande : " + e.desiredOutcome() + " ; faits : "
                    + e.facts(), e.category().labelEn() + ", amount at stake " + e.amountAtStake()
                    + "; the consumer asks: " + e.desiredOutcome() + "; facts: " + e.facts(), e.reason());
        }
        if (event instanceof ResponseDeadlineExpiryContradicted e) {
            return contradicted(e);
        }
        if (event instanceof LetterSendingCorrected e) {
            var tracking = e.trackingNumber() == null ? "" : ", n° de suivi " + e.trackingNumber();
            return corrected(e.correctedEntry(), "envoi du courrier n° " + e.letterNumber(),
                    "sending of letter no. " + e.letterNumber(), "envoyé le " + FrenchDate.of(e.sentOn()) + " par "
                            + e.method().labelFr() + tracking + " à " + e.addressee().asOneLine()
                            + " ; réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn())
                            + " ; médiation possible jusqu'au " + FrenchDate.of(e.mediationAdmissibleUntil()),
                    "sent on " + english(e.sentOn()) + " by " + english(e.method())
                            + tracking.replace("n° de suivi", "tracking number") + " to " + e.addressee().asOneLine()
                            + "; answer due by " + english(e.responseDueOn()) + "; mediation possible until "
                            + english(e.mediationAdmissibleUntil()), e.reason());
        }
        if (event instanceof LetterDeliveryCorrected e) {
            return corrected(e.correctedEntry(), "accusé de réception du courrier n° " + e.letterNumber(),
                    "acknowledgement of receipt of letter no. " + e.letterNumber(), "reçu par l'entreprise le "
                            + FrenchDate.of(e.deliveredOn()) + " ; réponse attendue au plus tard le "
                            + FrenchDate.of(e.responseDueOn()), "received by the company on "
                            + english(e.deliveredOn()) + "; answer due by " + english(e.responseDueOn()), e.reason());
        }
        if (event instanceof ResponseCorrected e) {
            return corrected(e.correctedEntry(), "réponse de l'entreprise", "company's answer", "reçue le "
                    + FrenchDate.of(e.receivedOn()) + " par " + e.channel().labelFr() + ", appréciation : "
                    + e.assessment().labelFr() + " ; teneur : " + e.summary()
                    + (e.offer() == null ? "" : " ; proposition : " + e.offer()), "received on "
                    + english(e.receivedOn()) + ", assessment: " + e.assessment().name().toLowerCase() + "; content: "
                    + e.summary() + (e.offer() == null ? "" : "; offer: " + e.offer()), e.reason());
        }
        if (event instanceof SupportContactCorrected e) {
            var ticket = e.ticketReference() == null ? "" : " (ticket " + e.ticketReference() + ")";
            return corrected(e.correctedEntry(), "contact avec le service client", "contact with customer support",
                    "contacté par " + e.channel().labelFr() + " le " + FrenchDate.of(e.contactedOn()) + ticket
                            + " ; teneur : " + e.summary() + " ; résultat : " + e.outcome(), "contacted by "
                            + e.channel().name().toLowerCase().replace('_', ' ') + " on " + english(e.contactedOn())
                            + ticket + "; content: " + e.summary() + "; outcome: " + e.outcome(), e.reason());
        }
        if (event instanceof MediationRequestCorrected e) {
            return corrected(e.correctedEntry(), "demande de médiation", "request for mediation", "demandée le "
                    + FrenchDate.of(e.requestedOn()) + " auprès de " + e.mediator()
                    + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                    + " ; le médiateur doit conclure au plus tard le " + FrenchDate.of(e.conclusionDueOn())
                    + " (art. R612-5)", "requested on " + english(e.requestedOn()) + " from " + e.mediator()
                    + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + "; the mediator must conclude by "
                    + english(e.conclusionDueOn()), e.reason());
        }
        if (event instanceof HelpCentreConsultationCorrected e) {
            return corrected(e.correctedEntry(), "consultation du centre d'aide", "help-centre consultation",
                    "consulté le " + FrenchDate.of(e.consultedOn()) + " ; constats : " + e.findings(),
                    "consulted on " + english(e.consultedOn()) + "; findings: " + e.findings(), e.reason());
        }
        if (event instanceof MediationOutcomeCorrected e) {
            return corrected(e.correctedEntry(), "issue de la médiation", "mediation outcome", "terminée le "
                    + FrenchDate.of(e.concludedOn()) + " : " + e.outcome().labelFr() + " ; " + e.details(),
                    "concluded on " + english(e.concludedOn()) + ": "
                            + e.outcome().name().toLowerCase().replace('_', ' ') + "; " + e.details(), e.reason());
        }
        if (event instanceof CourtActionCorrected e) {
            return corrected(e.correctedEntry(), "action en justice", "court action", "introduite le "
                    + FrenchDate.of(e.filedOn()) + " devant " + e.court()
                    + (e.reference() == null ? "" : " (RG " + e.reference() + ")") + " ; " + e.summary(),
                    "filed on " + english(e.filedOn()) + " before " + e.court()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + "; " + e.summary(),
                    e.reason());
        }
        if (event instanceof CaseClosureCorrected e) {
            return corrected(e.correctedEntry(), "clôture du dossier", "closure of the case", "clos le "
                    + FrenchDate.of(e.closedOn()) + " : " + e.resolution().labelFr() + ", montant obtenu "
                    + e.amountObtained() + " ; " + e.summary(), "closed on " + english(e.closedOn()) + ": "
                    + e.resolution().name().toLowerCase().replace('_', ' ') + ", amount obtained "
                    + e.amountObtained() + "; " + e.summary(), e.reason());
        }
        if (event instanceof ResponseDeadlineExpiryReestablished e) {
            var why = e.answeredOn() == null
                    ? "l'entreprise n'a pas répondu au plus tard le " + FrenchDate.of(e.responseDueOn())
                    : "la réponse de l'entreprise, reçue le " + FrenchDate.of(e.answeredOn())
                            + ", est arrivée après le " + FrenchDate.of(e.responseDueOn()) + ", dernier jour du délai";
            var whyEn = e.answeredOn() == null
                    ? "the company did not answer by " + english(e.responseDueOn())
                    : "the company's answer, received on " + english(e.answeredOn()) + ", came after "
                            + english(e.responseDueOn()) + ", the last day of its window";
            return new Sentences("L'expiration du délai de réponse, contredite plus tôt, est rétablie d'après les "
                    + "étapes corrigées depuis : " + why + ". Le silence de l'entreprise est établi ; la médiation "
                    + "peut être demandée jusqu'au " + FrenchDate.of(e.mediationAdmissibleUntil())
                    + ". L'expiration et sa contradiction restent dans l'historique.",
                    "The expiry of the response deadline, contradicted earlier, is re-established from the steps "
                            + "corrected since: " + whyEn + ". The company's silence stands; mediation may be "
                            + "requested until " + english(e.mediationAdmissibleUntil()) + ". The expiry and its "
                            + "contradiction stay in the history.");
        }
        throw new IllegalArgumentException("no narrative for " + event.getClass().getName());
    }

    /** A correction: the entry it corrects, the step as it now stands, and why (narratives of version 1 on). */
    private static Sentences corrected(long entry, String stepFr, String stepEn, String nowFr, String nowEn,
            String reason) {
        return new Sentences("Correction de l'entrée n° " + entry + " (" + stepFr + ") — désormais : " + nowFr
                + " — motif de la correction : " + reason, "Correction of entry no. " + entry + " (" + stepEn
                + ") — now: " + nowEn + " — reason for the correction: " + reason);
    }

    static String english(LocalDate date) {
        return date.format(ENGLISH_DATE);
    }

    static String english(SendingMethod method) {
        return switch (method) {
            case REGISTERED_WITH_ACKNOWLEDGEMENT -> "registered letter with acknowledgement of receipt";
            case REGISTERED -> "registered letter";
            case ORDINARY_MAIL -> "ordinary letter";
            case EMAIL -> "email";
        };
    }

    private static Sentences contradicted(ResponseDeadlineExpiryContradicted e) {
        var stated = "L'expiration du délai de réponse enregistrée plus tôt (délai échu le "
                + FrenchDate.of(e.expiredResponseDueOn()) + " sans réponse) est contredite : ";
        var statedEn = "The expiry of the response deadline recorded earlier (deadline of "
                + english(e.expiredResponseDueOn()) + " passed without an answer) is contradicted: ";
        if (e.reason() == ExpiryContradiction.ANSWER_RECEIVED_IN_TIME) {
            return new Sentences(stated + "la réponse de l'entreprise, reçue le " + FrenchDate.of(e.answeredOn())
                    + ", est arrivée dans son délai (au plus tard le " + FrenchDate.of(e.responseDueOn())
                    + "). Le dossier reprend à « réponse reçue » ; l'entrée contredite reste dans l'historique.",
                    statedEn + "the company's answer, received on " + english(e.answeredOn())
                            + ", came within its window (by " + english(e.responseDueOn())
                            + "). The case stands as answered; the contradicted entry stays in the history.");
        }
        return new Sentences(stated + "d'après les étapes saisies ou corrigées depuis, l'entreprise a jusqu'au "
                + FrenchDate.of(e.responseDueOn()) + " inclus pour répondre. L'entrée contredite reste dans "
                + "l'historique.", statedEn + "from the steps entered or corrected since, the company has until the "
                + "end of " + english(e.responseDueOn()) + " to answer. The contradicted entry stays in the history.");
    }
}
