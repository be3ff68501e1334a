package org.recours.kernel.casefile.query;

/** Where a case stands on the escalation path. */
public enum CaseStatus {
    FILED("déposé"),
    IN_CONTACT_WITH_SUPPORT("en contact avec le service client"),
    LETTER_SENT("réclamation écrite envoyée"),
    LETTER_DELIVERED("réclamation écrite reçue par l'entreprise"),
    RESPONSE_RECEIVED("réponse de l'entreprise reçue"),
    RESPONSE_OVERDUE("délai de réponse expiré"),
    IN_MEDIATION("en médiation"),
    MEDIATION_CONCLUDED("médiation terminée"),
    IN_COURT("action en justice"),
    CLOSED("clos");

    private final String labelFr;

    CaseStatus(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
