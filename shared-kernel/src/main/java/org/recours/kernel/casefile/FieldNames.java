package org.recours.kernel.casefile;

import java.util.Map;

/**
 * The fields of the API's messages named in words for a refusal (issue 16: "La date « contactedOn »" told staff the
 * JSON name, not what to correct). A field this list lacks is named as sent.
 */
public final class FieldNames {

    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("address", "adresse"),
            Map.entry("addressee", "destinataire"),
            Map.entry("amount", "montant"),
            Map.entry("amountAtStake", "montant en jeu"),
            Map.entry("amountObtained", "montant obtenu"),
            Map.entry("approvalNumber", "numéro d'agrément"),
            Map.entry("approvedOn", "date d'agrément"),
            Map.entry("assessment", "appréciation de la réponse"),
            Map.entry("body", "texte"),
            Map.entry("branch", "antenne"),
            Map.entry("breach", "manquement"),
            Map.entry("campaignId", "campagne"),
            Map.entry("caseId", "référence du dossier"),
            Map.entry("category", "motif"),
            Map.entry("channel", "canal"),
            Map.entry("city", "ville"),
            Map.entry("closedOn", "date de clôture"),
            Map.entry("company", "entreprise"),
            Map.entry("companyId", "entreprise"),
            Map.entry("concludedOn", "date de fin de la médiation"),
            Map.entry("consentId", "consentement"),
            Map.entry("consultedOn", "date de consultation"),
            Map.entry("consumer", "consommateur"),
            Map.entry("consumer.email", "adresse électronique du consommateur"),
            Map.entry("consumer.fullName", "nom du consommateur"),
            Map.entry("consumer.phone", "téléphone du consommateur"),
            Map.entry("consumer.postalAddress", "adresse postale du consommateur"),
            Map.entry("consumer.agreedToReminders", "accord pour les rappels"),
            Map.entry("consumerMediator", "médiateur de la consommation"),
            Map.entry("contactedOn", "date du contact"),
            Map.entry("country", "pays"),
            Map.entry("court", "tribunal"),
            Map.entry("deliveredOn", "date de réception du courrier"),
            Map.entry("description", "description"),
            Map.entry("desiredOutcome", "demande du consommateur"),
            Map.entry("details", "détails"),
            Map.entry("documentId", "pièce"),
            Map.entry("email", "adresse électronique"),
            Map.entry("entity", "société"),
            Map.entry("extendedUntil", "nouvelle date de conclusion"),
            Map.entry("facts", "faits"),
            Map.entry("fileName", "nom du fichier"),
            Map.entry("filedOn", "date de dépôt"),
            Map.entry("findings", "constat"),
            Map.entry("fullName", "nom"),
            Map.entry("givenOn", "date du consentement"),
            Map.entry("headOffices", "sièges"),
            Map.entry("letterNumber", "numéro du courrier"),
            Map.entry("login", "identifiant"),
            Map.entry("mediaType", "type du document"),
            Map.entry("mediator", "médiateur"),
            Map.entry("method", "mode d'envoi"),
            Map.entry("name", "nom"),
            Map.entry("notifiedOn", "date de notification"),
            Map.entry("offer", "proposition"),
            Map.entry("outcome", "résultat"),
            Map.entry("periodFrom", "début de la période"),
            Map.entry("periodTo", "fin de la période"),
            Map.entry("plan", "formule"),
            Map.entry("postalCode", "code postal"),
            Map.entry("reason", "motif"),
            Map.entry("receivedOn", "date de réception"),
            Map.entry("reference", "référence"),
            Map.entry("requestedOn", "date de la demande"),
            Map.entry("resolution", "issue"),
            Map.entry("sentOn", "date d'envoi"),
            Map.entry("subscribedOn", "date d'abonnement"),
            Map.entry("summary", "résumé"),
            Map.entry("text", "texte"),
            Map.entry("ticketReference", "numéro de ticket"),
            Map.entry("title", "titre"),
            Map.entry("trackingNumber", "numéro de suivi"),
            Map.entry("street", "rue"),
            Map.entry("windowOverrideReason", "motif de saisine anticipée"),
            Map.entry("withdrawnOn", "date du retrait"),
            Map.entry("monthsAffected", "mois concernés"),
            Map.entry("responseWindowMonths", "délai de réponse"),
            Map.entry("standing", "situation"));

    private FieldNames() {}

    /** The field in French words ("date du contact"), or as sent when it has none. */
    public static String french(String field) {
        return FRENCH.getOrDefault(field, field);
    }

    /** The fields named in words; each has its English name too ({@code field-name.X} of refusals_en.properties). */
    static java.util.Set<String> named() {
        return FRENCH.keySet();
    }
}
