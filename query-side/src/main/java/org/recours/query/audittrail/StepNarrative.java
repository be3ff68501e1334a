package org.recours.query.audittrail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.CaseQueuedForSupervisors;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationFirstMeetingHeld;
import org.recours.kernel.casefile.ConciliationOutcomeCorrected;
import org.recours.kernel.casefile.ConciliationRequestCorrected;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.ConsumerDetail;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaimCorrected;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.ElectronicLetterProof;
import org.recours.kernel.casefile.ElectronicLetterProofRecorded;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterReturnCorrected;
import org.recours.kernel.casefile.LetterReturned;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.MediatorNamingChecked;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.PriorExaminationOverridden;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;

/**
 * What happened, in a sentence a mediator or a judge reads without knowing the software, in French and English.
 * Only the event's own data goes in, so that a rebuild writes the same sentence.
 */
final class StepNarrative {

    record Sentences(String french, String english) {}

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.FRENCH);
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private StepNarrative() {}

    static Sentences of(CaseEvent event) {
        if (event instanceof ComplaintFiled e) {
            return new Sentences(
                    "Réclamation déposée contre " + e.company().name() + " ("
                            + e.category().labelFr()
                            + "), montant en jeu " + e.amountAtStake() + " ; demande : " + e.desiredOutcome()
                            + ". Faits : " + e.facts(),
                    "Complaint filed against " + e.company().name() + " ("
                            + e.category().labelEn()
                            + "), amount at stake " + e.amountAtStake() + "; the consumer asks: "
                            + e.desiredOutcome() + ". Facts: " + e.facts());
        }
        if (event instanceof HelpCentreConsulted e) {
            return new Sentences(
                    "Centre d'aide en ligne consulté le " + FrenchDate.of(e.consultedOn()) + " : " + e.findings(),
                    "Online help centre consulted on " + e.consultedOn() + ": " + e.findings());
        }
        if (event instanceof SupportContacted e) {
            var ticket = e.ticketReference() == null ? "" : " (ticket " + e.ticketReference() + ")";
            return new Sentences(
                    "Service client contacté par " + e.channel().labelFr() + " le " + FrenchDate.of(e.contactedOn())
                            + ticket + " : " + e.summary() + " Résultat : " + e.outcome(),
                    "Customer support contacted by "
                            + e.channel().name().toLowerCase().replace('_', ' ') + " on " + e.contactedOn() + ticket
                            + ": " + e.summary() + " Outcome: " + e.outcome());
        }
        if (event instanceof LetterSent e) {
            var tracking = e.trackingNumber() == null ? "" : ", n° de suivi " + e.trackingNumber();
            return new Sentences(
                    "Courrier n° " + e.letterNumber() + " envoyé le " + FrenchDate.of(e.sentOn())
                            + " par " + e.method().labelFr() + tracking + " à "
                            + e.addressee().asOneLine()
                            + ". Réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn()) + ".",
                    "Letter no. " + e.letterNumber() + " sent on " + e.sentOn() + " by "
                            + e.method().name().toLowerCase().replace('_', ' ')
                            + tracking.replace("n° de suivi", "tracking number") + " to "
                            + e.addressee().asOneLine() + ". Answer due by "
                            + e.responseDueOn() + ".");
        }
        if (event instanceof LetterDelivered e) {
            return new Sentences(
                    "Courrier n° " + e.letterNumber() + " reçu par l'entreprise le "
                            + FrenchDate.of(e.deliveredOn())
                            + " (accusé de réception). Réponse attendue au plus tard le "
                            + FrenchDate.of(e.responseDueOn()) + ".",
                    "Letter no. " + e.letterNumber()
                            + " received by the company on " + e.deliveredOn()
                            + " (acknowledgement of receipt). Answer due by "
                            + e.responseDueOn() + ".");
        }
        if (event instanceof ResponseReceived e) {
            var offer = e.offer() == null ? "" : " Proposition : " + e.offer();
            return new Sentences(
                    "Réponse de l'entreprise reçue le " + FrenchDate.of(e.receivedOn()) + " par "
                            + e.channel().labelFr() + ", jugée "
                            + e.assessment().labelFr() + " : " + e.summary() + offer,
                    "Company's answer received on " + e.receivedOn() + ", assessed "
                            + e.assessment().name().toLowerCase() + ": " + e.summary()
                            + (e.offer() == null ? "" : " Offer: " + e.offer()));
        }
        if (event instanceof ResponseDeadlineExpired e) {
            return new Sentences(
                    "Délai de réponse expiré le " + FrenchDate.of(e.responseDueOn())
                            + " sans réponse de l'entreprise. La médiation peut être demandée jusqu'au "
                            + FrenchDate.of(e.mediationAdmissibleUntil()) + ".",
                    "Response deadline of " + e.responseDueOn()
                            + " passed without an answer from the company. Mediation may be requested until "
                            + e.mediationAdmissibleUntil() + ".");
        }
        if (event instanceof MediationRequested e) {
            var override = e.windowOverrideReason() == null
                    ? ""
                    : " Saisine avant la fin du délai de réponse, motif : " + e.windowOverrideReason();
            return new Sentences(
                    "Médiation demandée le " + FrenchDate.of(e.requestedOn()) + " auprès de "
                            + e.mediator() + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                            + ". Le médiateur doit conclure au plus tard le " + FrenchDate.of(e.conclusionDueOn())
                            + " (art. R612-5)." + override,
                    "Mediation requested on " + e.requestedOn() + " from "
                            + e.mediator() + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + ". The mediator must conclude by " + e.conclusionDueOn() + "."
                            + (e.windowOverrideReason() == null
                                    ? ""
                                    : " Requested before the response window ended, " + "reason: "
                                            + e.windowOverrideReason()));
        }
        if (event instanceof MediationConcluded e) {
            return new Sentences(
                    "Médiation terminée le " + FrenchDate.of(e.concludedOn()) + " : "
                            + e.outcome().labelFr() + ". " + e.details(),
                    "Mediation concluded on " + e.concludedOn() + ": "
                            + e.outcome().name().toLowerCase().replace('_', ' ') + ". " + e.details());
        }
        if (event instanceof MediatorNamingChecked e) {
            return e.named()
                    ? new Sentences(
                            "La réponse n° " + e.responseNumber() + " de l'entreprise, qui rejette "
                                    + "la réclamation, désigne son médiateur de la consommation : " + e.mediator()
                                    + " (Code de la consommation, art. L616-1 ; vérifié le "
                                    + FrenchDate.of(e.checkedOn()) + ").",
                            "The company's answer no. " + e.responseNumber()
                                    + ", which rejects the complaint, names its "
                                    + "consumer mediator: " + e.mediator() + " (Consumer Code art. L616-1; checked on "
                                    + english(e.checkedOn()) + ").")
                    : new Sentences(
                            "La réponse n° " + e.responseNumber() + " de l'entreprise rejette la réclamation "
                                    + "sans désigner le médiateur de la consommation dont elle relève, contrairement à l'article "
                                    + "L616-1 du Code de la consommation (constaté le " + FrenchDate.of(e.checkedOn())
                                    + ").",
                            "The company's answer no. " + e.responseNumber()
                                    + " rejects the complaint without naming the "
                                    + "consumer mediator it falls under, in breach of Consumer Code art. L616-1 (noted on "
                                    + english(e.checkedOn()) + ").");
        }
        if (event instanceof MediationProposalMade e) {
            return new Sentences(
                    "Proposition de solution du médiateur le " + FrenchDate.of(e.proposedOn())
                            + ", à accepter ou refuser au plus tard le " + FrenchDate.of(e.acceptBy())
                            + " (Code de la consommation, art. R612-4). Son contenu est confidentiel (art. L612-3).",
                    "The mediator proposed a solution on " + english(e.proposedOn()) + ", to be accepted or refused "
                            + "by " + english(e.acceptBy()) + " (Consumer Code art. R612-4). What it says is "
                            + "confidential (art. L612-3).");
        }
        if (event instanceof MediationProposalAnswered e) {
            var late = !e.accepted() && e.answeredOn().isAfter(e.acceptBy());
            return new Sentences(
                    "Le " + FrenchDate.of(e.answeredOn()) + ", " + e.party().labelFr()
                            + (e.accepted() ? " a accepté" : " a refusé") + " la proposition du médiateur"
                            + (late ? " (délai d'acceptation échu le " + FrenchDate.of(e.acceptBy()) + ")" : "") + ".",
                    "On " + english(e.answeredOn()) + ", " + e.party().labelEn()
                            + (e.accepted() ? " accepted" : " refused") + " the mediator's proposal"
                            + (late ? " (the time to accept it ended on " + english(e.acceptBy()) + ")" : "") + ".");
        }
        if (event instanceof PriorExaminationOverridden e) {
            var examinedFr = e.ground() == PriorExaminationOverridden.PriorExamination.MEDIATION
                    ? "déjà examiné par " + e.examinedBy() + " (médiation terminée le " + FrenchDate.of(e.examinedOn())
                            + ")"
                    : "porté devant " + e.examinedBy() + " (action introduite le " + FrenchDate.of(e.examinedOn())
                            + ")";
            var examinedEn = e.ground() == PriorExaminationOverridden.PriorExamination.MEDIATION
                    ? "already examined by " + e.examinedBy() + " (mediation concluded on " + english(e.examinedOn())
                            + ")"
                    : "brought before " + e.examinedBy() + " (action filed on " + english(e.examinedOn()) + ")";
            return new Sentences(
                    "Saisine d'un médiateur autorisée par un superviseur bien que le litige figurant au "
                            + "dossier ait été " + examinedFr + " (Code de la consommation, art. L612-2 3°). Motif : "
                            + e.reason(),
                    "A supervisor allowed a mediator to be seized although the dispute on file was " + examinedEn
                            + " (Consumer Code art. L612-2 3°). Reason: " + e.reason());
        }
        if (event instanceof MediationFileReceived e) {
            return new Sentences(
                    "Dossier reçu par le médiateur le " + FrenchDate.of(e.receivedOn())
                            + ". Il peut rejeter la demande jusqu'au " + FrenchDate.of(e.rejectionDueOn())
                            + " (trois semaines, Code de la consommation, art. L612-2).",
                    "Mediator received the file on "
                            + e.receivedOn() + ". It may reject the request until " + e.rejectionDueOn()
                            + " (three weeks, Consumer Code art. L612-2).");
        }
        if (event instanceof MediationSeizureNotified e) {
            return new Sentences(
                    "Saisine du médiateur notifiée aux parties le " + FrenchDate.of(e.notifiedOn())
                            + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                            + " (Code de la consommation, art. R612-2). Le médiateur doit conclure au plus tard le "
                            + FrenchDate.of(e.conclusionDueOn()) + ", 90 jours après cette notification (art. R612-5).",
                    "Mediator's seizure notified to the parties on " + e.notifiedOn()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + " (Consumer Code art. R612-2). The mediator must conclude by " + e.conclusionDueOn()
                            + ", 90 days after that notice (art. R612-5).");
        }
        if (event instanceof MediationExtended e) {
            return new Sentences(
                    "Délai du médiateur prolongé le " + FrenchDate.of(e.notifiedOn()) + " jusqu'au "
                            + FrenchDate.of(e.conclusionDueOn()) + " (au lieu du "
                            + FrenchDate.of(e.previousConclusionDueOn())
                            + " ; litige complexe, Code de la consommation, art. R612-5, al. 2).",
                    "Mediator's time extended on " + e.notifiedOn() + " until " + e.conclusionDueOn()
                            + " (instead of " + e.previousConclusionDueOn()
                            + "; complex dispute, Consumer Code art. R612-5 para. 2).");
        }
        if (event instanceof CourtActionRecorded e) {
            return new Sentences(
                    "Action en justice introduite le " + FrenchDate.of(e.filedOn()) + " devant " + e.court()
                            + (e.reference() == null ? "" : " (RG " + e.reference() + ")") + " : " + e.summary(),
                    "Court action filed on " + e.filedOn() + " before " + e.court()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + ": " + e.summary());
        }
        if (event instanceof NoteAdded e) {
            return new Sentences("Note : " + e.text(), "Note: " + e.text());
        }
        if (event instanceof org.recours.kernel.casefile.ConsumerMessageReceived e) {
            return new Sentences(
                    "Message du consommateur : " + e.message(), "Message from the consumer: " + e.message());
        }
        if (event instanceof CaseClosed e) {
            return new Sentences(
                    "Dossier clos le " + FrenchDate.of(e.closedOn()) + " : "
                            + e.resolution().labelFr() + ", montant obtenu " + e.amountObtained() + ". " + e.summary(),
                    "Case closed on " + e.closedOn()
                            + ": " + e.resolution().name().toLowerCase().replace('_', ' ') + ", amount obtained "
                            + e.amountObtained() + ". " + e.summary());
        }
        if (event instanceof CaseReopened e) {
            return new Sentences(
                    "Dossier rouvert le " + FrenchDate.of(e.reopenedOn()) + " : " + e.reason(),
                    "Case reopened on " + e.reopenedOn() + ": " + e.reason());
        }
        if (event instanceof EvidenceAttached e) {
            return new Sentences(
                    "Pièce jointe « " + e.fileName() + " » (" + e.mediaType() + ", " + e.sizeInBytes()
                            + " octets, SHA-256 " + e.sha256() + ") : " + e.description(),
                    "Evidence attached \""
                            + e.fileName() + "\" (" + e.mediaType() + ", " + e.sizeInBytes() + " bytes, SHA-256 "
                            + e.sha256() + "): " + e.description());
        }
        if (event instanceof EvidenceWithdrawn e) {
            return new Sentences(
                    "Pièce « " + e.fileName() + " » (SHA-256 " + e.sha256() + ") retirée : " + e.reason(),
                    "Evidence \"" + e.fileName() + "\" (SHA-256 " + e.sha256() + ") withdrawn: " + e.reason());
        }
        if (event instanceof ReminderDue e) {
            return new Sentences(
                    "Rappel : " + e.kind().title() + " — échéance le " + FrenchDate.of(e.deadlineOn()) + ". "
                            + e.kind().meaning() + " Prochaine étape : "
                            + e.kind().nextStep(),
                    "Reminder: " + e.kind().name().toLowerCase().replace('_', ' ') + ", deadline " + e.deadlineOn()
                            + ".");
        }
        if (event instanceof PersonalDataErased e) {
            return new Sentences(
                    "Données personnelles du consommateur effacées le " + FrenchDate.of(e.erasedOn())
                            + " à sa demande (RGPD, art. 17) : " + e.reason(),
                    "Consumer's personal data erased on " + e.erasedOn() + " at their request (GDPR art. 17): "
                            + e.reason());
        }
        if (event instanceof CaseHandlerAssigned e) {
            return new Sentences(
                    "Dossier confié le " + FrenchDate.of(e.assignedOn()) + " à "
                            + e.handler().value() + " (suivi jusque-là par "
                            + e.previousHandler().value() + ").",
                    "Case handed on "
                            + english(e.assignedOn()) + " to " + e.handler().value() + " (handled until then by "
                            + e.previousHandler().value() + ").");
        }
        if (event instanceof CaseQueuedForSupervisors e) {
            return new Sentences(
                    "Dossier remis le " + FrenchDate.of(e.queuedOn())
                            + " à la file des superviseurs de l'antenne "
                            + e.branch().value() + " (suivi jusque-là par "
                            + e.previousHandler().value() + ") : " + e.reason().labelFr() + ".",
                    "Case sent on "
                            + english(e.queuedOn()) + " to the supervisors' queue of branch "
                            + e.branch().value()
                            + " (handled until then by " + e.previousHandler().value() + "): "
                            + e.reason().labelEn()
                            + ".");
        }
        if (event instanceof ConsumerDetailsUpdated e) {
            return new Sentences(
                    "Coordonnées du consommateur mises à jour le " + FrenchDate.of(e.updatedOn())
                            + " ("
                            + String.join(
                                    ", ",
                                    e.changed().stream()
                                            .map(ConsumerDetail::labelFr)
                                            .toList())
                            + ") ; elles sont gardées hors de l'historique.",
                    "Consumer's contact details updated on "
                            + english(e.updatedOn()) + " ("
                            + String.join(
                                    ", ",
                                    e.changed().stream()
                                            .map(ConsumerDetail::labelEn)
                                            .toList()) + "); they are kept outside the history.");
        }
        if (event instanceof ComplaintDetailsCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "réclamation déposée",
                    "complaint filed",
                    e.category().labelFr()
                            + ", montant en jeu " + e.amountAtStake() + " ; demande : " + e.desiredOutcome()
                            + " ; faits : "
                            + e.facts(),
                    e.category().labelEn() + ", amount at stake " + e.amountAtStake() + "; the consumer asks: "
                            + e.desiredOutcome() + "; facts: " + e.facts(),
                    e.reason());
        }
        if (event instanceof ResponseDeadlineExpiryContradicted e) {
            return contradicted(e);
        }
        if (event instanceof LetterSendingCorrected e) {
            var tracking = e.trackingNumber() == null ? "" : ", n° de suivi " + e.trackingNumber();
            return corrected(
                    e.correctedEntry(),
                    "envoi du courrier n° " + e.letterNumber(),
                    "sending of letter no. " + e.letterNumber(),
                    "envoyé le " + FrenchDate.of(e.sentOn()) + " par "
                            + e.method().labelFr() + tracking + " à "
                            + e.addressee().asOneLine()
                            + " ; réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn())
                            + " ; médiation possible jusqu'au " + FrenchDate.of(e.mediationAdmissibleUntil()),
                    "sent on " + english(e.sentOn()) + " by " + english(e.method())
                            + tracking.replace("n° de suivi", "tracking number") + " to "
                            + e.addressee().asOneLine()
                            + "; answer due by " + english(e.responseDueOn()) + "; mediation possible until "
                            + english(e.mediationAdmissibleUntil()),
                    e.reason());
        }
        if (event instanceof LetterDeliveryCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "accusé de réception du courrier n° " + e.letterNumber(),
                    "acknowledgement of receipt of letter no. " + e.letterNumber(),
                    "reçu par l'entreprise le "
                            + FrenchDate.of(e.deliveredOn()) + " ; réponse attendue au plus tard le "
                            + FrenchDate.of(e.responseDueOn()),
                    "received by the company on " + english(e.deliveredOn()) + "; answer due by "
                            + english(e.responseDueOn()),
                    e.reason());
        }
        if (event instanceof ResponseCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "réponse de l'entreprise",
                    "company's answer",
                    "reçue le "
                            + FrenchDate.of(e.receivedOn()) + " par "
                            + e.channel().labelFr() + ", appréciation : "
                            + e.assessment().labelFr() + " ; teneur : " + e.summary()
                            + (e.offer() == null ? "" : " ; proposition : " + e.offer()),
                    "received on "
                            + english(e.receivedOn()) + ", assessment: "
                            + e.assessment().name().toLowerCase() + "; content: "
                            + e.summary() + (e.offer() == null ? "" : "; offer: " + e.offer()),
                    e.reason());
        }
        if (event instanceof SupportContactCorrected e) {
            var ticket = e.ticketReference() == null ? "" : " (ticket " + e.ticketReference() + ")";
            return corrected(
                    e.correctedEntry(),
                    "contact avec le service client",
                    "contact with customer support",
                    "contacté par " + e.channel().labelFr() + " le " + FrenchDate.of(e.contactedOn()) + ticket
                            + " ; teneur : " + e.summary() + " ; résultat : " + e.outcome(),
                    "contacted by "
                            + e.channel().name().toLowerCase().replace('_', ' ') + " on " + english(e.contactedOn())
                            + ticket + "; content: " + e.summary() + "; outcome: " + e.outcome(),
                    e.reason());
        }
        if (event instanceof MediationRequestCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "demande de médiation",
                    "request for mediation",
                    "demandée le "
                            + FrenchDate.of(e.requestedOn()) + " auprès de " + e.mediator()
                            + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                            + " ; le médiateur doit conclure au plus tard le " + FrenchDate.of(e.conclusionDueOn())
                            + " (art. R612-5)",
                    "requested on " + english(e.requestedOn()) + " from " + e.mediator()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + "; the mediator must conclude by "
                            + english(e.conclusionDueOn()),
                    e.reason());
        }
        if (event instanceof HelpCentreConsultationCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "consultation du centre d'aide",
                    "help-centre consultation",
                    "consulté le " + FrenchDate.of(e.consultedOn()) + " ; constats : " + e.findings(),
                    "consulted on " + english(e.consultedOn()) + "; findings: " + e.findings(),
                    e.reason());
        }
        if (event instanceof MediationOutcomeCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "issue de la médiation",
                    "mediation outcome",
                    "terminée le " + FrenchDate.of(e.concludedOn()) + " : "
                            + e.outcome().labelFr() + " ; " + e.details(),
                    "concluded on " + english(e.concludedOn()) + ": "
                            + e.outcome().name().toLowerCase().replace('_', ' ') + "; " + e.details(),
                    e.reason());
        }
        if (event instanceof CourtActionCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "action en justice",
                    "court action",
                    "introduite le "
                            + FrenchDate.of(e.filedOn()) + " devant " + e.court()
                            + (e.reference() == null ? "" : " (RG " + e.reference() + ")") + " ; " + e.summary(),
                    "filed on " + english(e.filedOn()) + " before " + e.court()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + "; " + e.summary(),
                    e.reason());
        }
        if (event instanceof CaseClosureCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "clôture du dossier",
                    "closure of the case",
                    "clos le "
                            + FrenchDate.of(e.closedOn()) + " : "
                            + e.resolution().labelFr() + ", montant obtenu "
                            + e.amountObtained() + " ; " + e.summary(),
                    "closed on " + english(e.closedOn()) + ": "
                            + e.resolution().name().toLowerCase().replace('_', ' ') + ", amount obtained "
                            + e.amountObtained() + "; " + e.summary(),
                    e.reason());
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
            return new Sentences(
                    "L'expiration du délai de réponse, contredite plus tôt, est rétablie d'après les "
                            + "étapes corrigées depuis : " + why
                            + ". Le silence de l'entreprise est établi ; la médiation "
                            + "peut être demandée jusqu'au " + FrenchDate.of(e.mediationAdmissibleUntil())
                            + ". L'expiration et sa contradiction restent dans l'historique.",
                    "The expiry of the response deadline, contradicted earlier, is re-established from the steps "
                            + "corrected since: " + whyEn + ". The company's silence stands; mediation may be "
                            + "requested until " + english(e.mediationAdmissibleUntil()) + ". The expiry and its "
                            + "contradiction stay in the history.");
        }
        return courtStage(event);
    }

    /** The court stage and the post's answers (issue 13, ADR 19): new event types, told as they were first told. */
    private static Sentences courtStage(CaseEvent event) {
        if (event instanceof ConciliationRequested e) {
            var ref = e.reference() == null ? "" : " (réf. " + e.reference() + ")";
            var refEn = e.reference() == null ? "" : " (ref. " + e.reference() + ")";
            return new Sentences(
                    "Conciliation n° " + e.conciliationNumber() + " demandée le "
                            + FrenchDate.of(e.requestedOn()) + " — conciliateur de justice : " + e.conciliator() + ref
                            + " (Code de procédure civile, art. 750-1).",
                    "Conciliation no. " + e.conciliationNumber()
                            + " requested on " + english(e.requestedOn()) + " — conciliateur de justice: "
                            + e.conciliator()
                            + refEn + " (Code of Civil Procedure art. 750-1).");
        }
        if (event instanceof ConciliationConcluded e) {
            return new Sentences(
                    "Conciliation n° " + e.conciliationNumber() + " terminée le " + FrenchDate.of(e.concludedOn())
                            + " : " + e.outcome().labelFr() + ". " + e.details(),
                    "Conciliation no. " + e.conciliationNumber() + " ended on " + english(e.concludedOn()) + ": "
                            + e.outcome().labelEn() + ". " + e.details());
        }
        if (event instanceof CourtClaimStated e) {
            return claimStated(e);
        }
        if (event instanceof FactsKnownDateRecorded e) {
            var endsFr = e.limitationEndsOn() == null
                    ? "suspendue par la médiation en cours"
                    : "acquise après le " + FrenchDate.of(e.limitationEndsOn());
            var endsEn = e.limitationEndsOn() == null
                    ? "suspended by the mediation under way"
                    : "the action is time-barred after " + english(e.limitationEndsOn());
            var changed = e.previouslyKnownOn() == null
                    ? ""
                    : " (au lieu du " + FrenchDate.of(e.previouslyKnownOn()) + " ; motif : " + e.reason() + ")";
            var changedEn = e.previouslyKnownOn() == null
                    ? ""
                    : " (instead of " + english(e.previouslyKnownOn()) + "; reason: " + e.reason() + ")";
            return new Sentences(
                    "Faits connus du consommateur le " + FrenchDate.of(e.knownOn()) + changed
                            + ". Prescription de l'action : " + endsFr
                            + " (cinq ans, Code civil, art. 2224 ; suspensions "
                            + "par la médiation, art. 2238).",
                    "The consumer knew the facts on " + english(e.knownOn())
                            + changedEn + ". Limitation of the action: " + endsEn
                            + " (five years, Civil Code art. 2224; "
                            + "suspended by mediation, art. 2238).");
        }
        if (event instanceof LetterReturned e) {
            return new Sentences(
                    "Courrier n° " + e.letterNumber() + " retourné par la poste le "
                            + FrenchDate.of(e.returnedOn()) + " : " + e.reason().labelFr()
                            + ", présenté pour la première "
                            + "fois le " + FrenchDate.of(e.firstPresentedOn())
                            + ". Il vaut réclamation écrite ; l'entreprise "
                            + "a jusqu'au " + FrenchDate.of(e.responseDueOn())
                            + " inclus pour répondre, à compter de cette "
                            + "présentation.",
                    "Letter no. " + e.letterNumber() + " returned by the post on "
                            + english(e.returnedOn()) + ": " + e.reason().labelEn() + ", first presented on "
                            + english(e.firstPresentedOn())
                            + ". It stands as the written complaint; the company has until "
                            + "the end of " + english(e.responseDueOn())
                            + " to answer, counted from that presentation.");
        }
        if (event instanceof ElectronicLetterProofRecorded e) {
            var at = e.at().atZone(PARIS);
            var timeFr = FrenchDate.of(at.toLocalDate()) + " à " + at.format(PARIS_TIME) + " (heure de Paris)";
            var timeEn = english(at.toLocalDate()) + " at " + at.format(PARIS_TIME) + " (Paris time)";
            return e.proof() == ElectronicLetterProof.DEPOSIT
                    ? new Sentences(
                            "Lettre recommandée électronique n° " + e.letterNumber() + " : preuve de dépôt du " + timeFr
                                    + " (Code des postes et des communications électroniques, art. L100).",
                            "Electronic registered letter no. " + e.letterNumber() + ": proof of deposit of " + timeEn
                                    + " (Postal and Electronic Communications Code art. L100).")
                    : new Sentences(
                            "Lettre recommandée électronique n° " + e.letterNumber() + " : preuve de " + "réception du "
                                    + timeFr + ".",
                            "Electronic registered letter no. " + e.letterNumber() + ": proof of receipt of " + timeEn
                                    + ".");
        }
        if (event instanceof ConciliationFirstMeetingHeld e) {
            return new Sentences(
                    "Première réunion de la conciliation n° " + e.conciliationNumber() + " le "
                            + FrenchDate.of(e.heldOn())
                            + " : la prescription de l'action est suspendue à compter de ce jour "
                            + "jusqu'à la fin de la conciliation, puis court à nouveau pour au moins six mois (Code civil, "
                            + "art. 2238)."
                            + (e.limitationEndsOn() == null
                                    ? ""
                                    : " Prescription acquise après le " + FrenchDate.of(e.limitationEndsOn()) + "."),
                    "First meeting of conciliation no. "
                            + e.conciliationNumber() + " on " + english(e.heldOn())
                            + ": the limitation of the action is "
                            + "suspended from that day to the end of the conciliation, then runs again for at least six "
                            + "months (Civil Code art. 2238)."
                            + (e.limitationEndsOn() == null
                                    ? ""
                                    : " The action is time-barred after " + english(e.limitationEndsOn()) + "."));
        }
        return corrections(event);
    }

    /**
     * The corrections of the court stage's steps (ADR 24): new event types, told alike in every version, dates in
     * words in both languages.
     */
    private static Sentences corrections(CaseEvent event) {
        if (event instanceof ConciliationRequestCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "demande de conciliation n° " + e.conciliationNumber(),
                    "request for conciliation no. " + e.conciliationNumber(),
                    "demandée le "
                            + FrenchDate.of(e.requestedOn()) + " — conciliateur de justice : " + e.conciliator()
                            + (e.reference() == null ? "" : " (réf. " + e.reference() + ")"),
                    "requested on "
                            + english(e.requestedOn()) + " — conciliateur de justice: " + e.conciliator()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")"),
                    e.reason());
        }
        if (event instanceof ConciliationOutcomeCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "issue de la conciliation n° " + e.conciliationNumber(),
                    "outcome of conciliation no. " + e.conciliationNumber(),
                    "terminée le " + FrenchDate.of(e.concludedOn()) + " : "
                            + e.outcome().labelFr() + ". " + e.details(),
                    "ended on " + english(e.concludedOn()) + ": " + e.outcome().labelEn() + ". " + e.details(),
                    e.reason());
        }
        if (event instanceof CourtClaimCorrected e) {
            var now = claimStated(new CourtClaimStated(
                    e.caseId(),
                    e.actionNumber(),
                    e.claim(),
                    e.basis(),
                    e.attemptEndedOn(),
                    e.exemption(),
                    e.justification(),
                    e.inadmissibilityRisk()));
            return corrected(
                    e.correctedEntry(),
                    "demande de l'action en justice n° " + e.actionNumber(),
                    "claim of court action no. " + e.actionNumber(),
                    now.french(),
                    now.english(),
                    e.reason());
        }
        if (event instanceof LetterReturnCorrected e) {
            return corrected(
                    e.correctedEntry(),
                    "retour du courrier n° " + e.letterNumber(),
                    "return of letter no. " + e.letterNumber(),
                    "retourné par la poste le "
                            + FrenchDate.of(e.returnedOn()) + " : "
                            + e.returnReason().labelFr()
                            + ", présenté pour la première fois le " + FrenchDate.of(e.firstPresentedOn())
                            + " ; réponse attendue au plus tard le " + FrenchDate.of(e.responseDueOn()),
                    "returned by the post on " + english(e.returnedOn()) + ": "
                            + e.returnReason().labelEn()
                            + ", first presented on " + english(e.firstPresentedOn()) + "; answer due by "
                            + english(e.responseDueOn()),
                    e.reason());
        }
        throw new IllegalArgumentException(
                "no narrative for " + event.getClass().getName());
    }

    private static Sentences claimStated(CourtClaimStated e) {
        var claimFr =
                e.claim().monetary() ? "paiement de " + e.claim().amount() : "demande autre qu'une somme d'argent";
        var claimEn = e.claim().monetary()
                ? "payment of "
                        + String.format(
                                Locale.ENGLISH, "€%,.2f", e.claim().amount().euros())
                : "a claim other than a sum of money";
        var head = "Action en justice n° " + e.actionNumber() + " : " + claimFr + ". Code de procédure civile, "
                + "art. 750-1 : ";
        var headEn =
                "Court action no. " + e.actionNumber() + ": " + claimEn + ". Code of Civil Procedure art. " + "750-1: ";
        return switch (e.basis()) {
            case NOT_REQUIRED ->
                new Sentences(
                        head + "aucune tentative amiable préalable exigée.",
                        headEn + "no prior amicable attempt required.");
            case CONCILIATION ->
                new Sentences(
                        head + "tentative préalable de conciliation, terminée le " + FrenchDate.of(e.attemptEndedOn())
                                + ".",
                        headEn + "prior conciliation attempt, ended on " + english(e.attemptEndedOn()) + ".");
            case MEDIATION ->
                new Sentences(
                        head + "tentative préalable de médiation, terminée le " + FrenchDate.of(e.attemptEndedOn())
                                + ".",
                        headEn + "prior mediation attempt, ended on " + english(e.attemptEndedOn()) + ".");
            case PARTICIPATORY_PROCEDURE ->
                new Sentences(
                        head + "tentative préalable de procédure participative : " + e.justification(),
                        headEn + "prior participatory procedure: " + e.justification());
            case EXEMPTION ->
                new Sentences(
                        head + "dispense (al. 2, " + e.exemption().paragraph() + " : "
                                + e.exemption().labelFr() + ") : " + e.justification(),
                        headEn + "exemption (para. 2, " + e.exemption().paragraph() + ": "
                                + e.exemption().labelEn() + "): " + e.justification());
            case NONE ->
                new Sentences(
                        head + "introduite sans tentative amiable préalable ni dispense, motif : " + e.justification()
                                + ". Risque d'irrecevabilité.",
                        headEn + "filed without a prior amicable " + "attempt or exemption, reason: "
                                + e.justification() + ". Risk of inadmissibility.");
        };
    }

    /** A correction: the entry it corrects, the step as it now stands, and why (narratives of version 1 on). */
    static Sentences corrected(long entry, String stepFr, String stepEn, String nowFr, String nowEn, String reason) {
        return new Sentences(
                "Correction de l'entrée n° " + entry + " (" + stepFr + ") — désormais : " + nowFr
                        + " — motif de la correction : " + reason,
                "Correction of entry no. " + entry + " (" + stepEn + ") — now: " + nowEn
                        + " — reason for the correction: " + reason);
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
            case ELECTRONIC_REGISTERED -> "electronic registered letter";
        };
    }

    private static Sentences contradicted(ResponseDeadlineExpiryContradicted e) {
        var stated = "L'expiration du délai de réponse enregistrée plus tôt (délai échu le "
                + FrenchDate.of(e.expiredResponseDueOn()) + " sans réponse) est contredite : ";
        var statedEn = "The expiry of the response deadline recorded earlier (deadline of "
                + english(e.expiredResponseDueOn()) + " passed without an answer) is contradicted: ";
        if (e.reason() == ExpiryContradiction.ANSWER_RECEIVED_IN_TIME) {
            return new Sentences(
                    stated + "la réponse de l'entreprise, reçue le " + FrenchDate.of(e.answeredOn())
                            + ", est arrivée dans son délai (au plus tard le " + FrenchDate.of(e.responseDueOn())
                            + "). Le dossier reprend à « réponse reçue » ; l'entrée contredite reste dans l'historique.",
                    statedEn + "the company's answer, received on " + english(e.answeredOn())
                            + ", came within its window (by " + english(e.responseDueOn())
                            + "). The case stands as answered; the contradicted entry stays in the history.");
        }
        return new Sentences(
                stated + "d'après les étapes saisies ou corrigées depuis, l'entreprise a jusqu'au "
                        + FrenchDate.of(e.responseDueOn()) + " inclus pour répondre. L'entrée contredite reste dans "
                        + "l'historique.",
                statedEn + "from the steps entered or corrected since, the company has until the " + "end of "
                        + english(e.responseDueOn()) + " to answer. The contradicted entry stays in the history.");
    }
}
