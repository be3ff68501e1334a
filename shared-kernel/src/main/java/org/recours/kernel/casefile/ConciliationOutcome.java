package org.recours.kernel.casefile;

/** How a conciliation by a conciliateur de justice ended; every outcome is an attempt under CPC art. 750-1. */
public enum ConciliationOutcome {
    AGREEMENT("accord des parties (constat d'accord)", "agreement of the parties"),
    PARTIAL_AGREEMENT("accord partiel", "partial agreement"),
    NO_AGREEMENT("échec : constat de non-conciliation", "failure: no agreement reached"),
    COMPANY_ABSENT("le professionnel ne s'est pas présenté (constat de carence)", "the company did not attend");

    private final String labelFr;
    private final String labelEn;

    ConciliationOutcome(String labelFr, String labelEn) {
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
