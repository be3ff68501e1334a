package org.recours.kernel.casefile;

/** The grounds of complaint seen most often; each points at a failure of the company towards the consumer. */
public enum Category {
    ACCOUNT_ACCESS("Problème d'accès au compte", "Account access problem"),
    POOR_QUALITY_CONTENT("Contenu de mauvaise qualité", "Poor-quality content"),
    EXTRA_CHARGES("Frais supplémentaires facturés", "Extra charges billed"),
    MISLEADING_ADVERTISING("Publicité mensongère", "Misleading advertising"),
    INAPPROPRIATE_CONTENT("Contenu inapproprié", "Inappropriate content"),
    SUPPORT_UNREACHABLE("Service client injoignable", "Support unreachable"),
    CANCELLATION_IGNORED("Résiliation non prise en compte", "Cancellation not taken into account"),
    PERSONAL_DATA_EXPOSED(
            "Données personnelles ou bancaires divulguées ou non protégées",
            "Personal or banking data disclosed or unprotected"),
    ADS_IN_PAID_SUBSCRIPTION(
            "Publicité introduite dans un abonnement payant", "Advertising introduced into a paid subscription"),
    OTHER("Autre", "Other");

    private final String labelFr;
    private final String labelEn;

    Category(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }
}
