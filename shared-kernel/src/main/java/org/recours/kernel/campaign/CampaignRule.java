package org.recours.kernel.campaign;

/** The rules a campaign's step can break, each with the legal text or the practice it comes from. */
public enum CampaignRule {
    CAMPAIGN_CLOSED("Une campagne close n'accepte plus aucune étape."),
    SUPERVISOR_REQUIRED("Seul un superviseur ouvre et conduit une campagne ; le personnel y ajoute les dossiers de son antenne."),
    CLOSED_CASE_CANNOT_JOIN("Un dossier clos ne peut pas rejoindre une campagne : rouvrez-le d'abord."),
    OTHER_COMPANY("Une campagne vise une seule entreprise : seuls ses dossiers la rejoignent."),
    ALREADY_A_MEMBER("Le dossier fait déjà partie de la campagne."),
    NOT_A_MEMBER("Le dossier ne fait pas partie de la campagne."),
    NO_MEMBERS("Une démarche collective suppose au moins un dossier membre."),
    NO_CONSENT("Le consentement du consommateur n'est pas enregistré ou a été retiré."),
    ALREADY_IN_COURT("Code de la consommation, art. L612-2 3° : un litige porté devant un tribunal ne peut plus être soumis à la médiation."),
    GROUP_ACTION_STANDING_REQUIRED("Loi n° 2025-391 : seule une association agréée (agrément de cinq ans, en cours de validité) peut exercer l'action de groupe."),
    JOINING_WINDOW_CLOSED("Loi n° 2025-391 : après le jugement, les consommateurs adhèrent au groupe dans le délai fixé par le juge, pas au-delà."),
    NOT_IN_COURT("Un jugement suppose une action en justice enregistrée."),
    DATE_OUT_OF_ORDER("Une étape ne peut pas précéder celle dont elle dépend.");

    private final String explanation;

    CampaignRule(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
