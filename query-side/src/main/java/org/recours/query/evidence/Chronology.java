package org.recours.query.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recours.kernel.casefile.query.AuditEntry;

/** How the exports name the steps and show times to people: in French, in Paris time. */
public final class Chronology {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter PARIS_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH).withZone(PARIS);

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("ComplaintFiled", "Réclamation déposée"),
            Map.entry("HelpCentreConsulted", "Centre d'aide consulté"),
            Map.entry("SupportContacted", "Service client contacté"),
            Map.entry("LetterSent", "Réclamation écrite envoyée"),
            Map.entry("LetterDelivered", "Réclamation écrite reçue"),
            Map.entry("ResponseReceived", "Réponse de l'entreprise"),
            Map.entry("ResponseDeadlineExpired", "Délai de réponse expiré"),
            Map.entry("MediationRequested", "Médiation demandée"),
            Map.entry("MediationConcluded", "Médiation terminée"),
            Map.entry("MediationFileReceived", "Dossier reçu par le médiateur"),
            Map.entry("MediationSeizureNotified", "Saisine du médiateur notifiée"),
            Map.entry("MediationExtended", "Délai du médiateur prolongé"),
            Map.entry("MediationProposalMade", "Proposition du médiateur"),
            Map.entry("MediationProposalAnswered", "Réponse à la proposition du médiateur"),
            Map.entry("PriorExaminationOverridden", "Litige déjà examiné : saisine autorisée"),
            Map.entry("MediatorNamingChecked", "Désignation du médiateur (art. L616-1)"),
            Map.entry("CourtActionRecorded", "Action en justice"),
            Map.entry("NoteAdded", "Note"),
            Map.entry("CaseClosed", "Dossier clos"),
            Map.entry("CaseReopened", "Dossier rouvert"),
            Map.entry("EvidenceAttached", "Pièce jointe"),
            Map.entry("EvidenceWithdrawn", "Pièce retirée"),
            Map.entry("ReminderDue", "Rappel d'échéance"),
            Map.entry("PersonalDataErased", "Données personnelles effacées"),
            Map.entry("ResponseDeadlineExpiryContradicted", "Expiration du délai contredite"),
            Map.entry("LetterSendingCorrected", "Envoi de courrier corrigé"),
            Map.entry("LetterDeliveryCorrected", "Accusé de réception corrigé"),
            Map.entry("ResponseCorrected", "Réponse de l'entreprise corrigée"),
            Map.entry("ComplaintDetailsCorrected", "Réclamation corrigée"),
            Map.entry("ConsumerDetailsUpdated", "Coordonnées du consommateur mises à jour"),
            Map.entry("CaseHandlerAssigned", "Dossier confié à un autre membre de l'équipe"),
            Map.entry("CaseQueuedForSupervisors", "Dossier remis à la file des superviseurs"),
            Map.entry("SupportContactCorrected", "Contact avec le service client corrigé"),
            Map.entry("MediationRequestCorrected", "Demande de médiation corrigée"),
            Map.entry("ResponseDeadlineExpiryReestablished", "Expiration du délai rétablie"),
            Map.entry("HelpCentreConsultationCorrected", "Consultation du centre d'aide corrigée"),
            Map.entry("MediationOutcomeCorrected", "Issue de la médiation corrigée"),
            Map.entry("CourtActionCorrected", "Action en justice corrigée"),
            Map.entry("CaseClosureCorrected", "Clôture corrigée"),
            Map.entry("ConciliationRequested", "Conciliation demandée"),
            Map.entry("ConciliationConcluded", "Conciliation terminée"),
            Map.entry("ConciliationRequestCorrected", "Demande de conciliation corrigée"),
            Map.entry("ConciliationOutcomeCorrected", "Issue de la conciliation corrigée"),
            Map.entry("CourtClaimCorrected", "Demande en justice corrigée"),
            Map.entry("LetterReturnCorrected", "Retour du courrier corrigé"),
            Map.entry("ConciliationFirstMeetingHeld", "Première réunion de conciliation"),
            Map.entry("CourtClaimStated", "Demande en justice (art. 750-1)"),
            Map.entry("FactsKnownDateRecorded", "Date de connaissance des faits"),
            Map.entry("LetterReturned", "Courrier retourné par la poste"),
            Map.entry("ElectronicLetterProofRecorded", "Preuve de lettre recommandée électronique"),
            Map.entry("ConsumerMessageReceived", "Message du consommateur"));

    private Chronology() {}

    public static String stepLabel(String kind) {
        return STEPS.getOrDefault(kind, kind);
    }

    public static String parisTime(Instant instant) {
        return PARIS_TIME.format(instant);
    }

    /**
     * Each recorded expiry of the response window that a later entry contradicts, by position, with the position of
     * the contradicting entry: the pages and the PDF mark the expiry, whose hashed text stays as it was. A
     * contradiction that a re-establishment of the expiry no longer lets stand is marked the same way.
     */
    public static Map<Long, Long> contradictedBy(List<AuditEntry> history) {
        var contradicted = new LinkedHashMap<Long, Long>();
        Long lastExpiry = null;
        Long lastContradiction = null;
        for (var entry : history) {
            if (entry.kind().equals("ResponseDeadlineExpired")) {
                lastExpiry = entry.position();
                lastContradiction = null;
            } else if (entry.kind().equals("ResponseDeadlineExpiryContradicted") && lastExpiry != null) {
                contradicted.put(lastExpiry, entry.position());
                lastExpiry = null;
                lastContradiction = entry.position();
            } else if (entry.kind().equals("ResponseDeadlineExpiryReestablished") && lastContradiction != null) {
                contradicted.put(lastContradiction, entry.position());
                lastExpiry = entry.position();
                lastContradiction = null;
            }
        }
        return contradicted;
    }
}
