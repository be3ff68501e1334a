package org.recours.query.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the exports name the steps and show times to people: in French, in Paris time. */
public final class Chronology {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(PARIS);

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
            Map.entry("CourtActionRecorded", "Action en justice"),
            Map.entry("NoteAdded", "Note"),
            Map.entry("CaseClosed", "Dossier clos"),
            Map.entry("CaseReopened", "Dossier rouvert"),
            Map.entry("EvidenceAttached", "Pièce jointe"),
            Map.entry("EvidenceWithdrawn", "Pièce retirée"),
            Map.entry("ReminderDue", "Rappel d'échéance"),
            Map.entry("PersonalDataErased", "Données personnelles effacées"));

    private Chronology() {
    }

    public static String stepLabel(String kind) {
        return STEPS.getOrDefault(kind, kind);
    }

    public static String parisTime(Instant instant) {
        return PARIS_TIME.format(instant);
    }
}
