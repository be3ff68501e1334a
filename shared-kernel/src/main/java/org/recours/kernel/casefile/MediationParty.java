package org.recours.kernel.casefile;

/** A party to a consumer mediation, who accepts or refuses the mediator's proposal (R612-4). */
public enum MediationParty implements RefusalText.Labelled {
    CONSUMER("le consommateur", "the consumer"),
    COMPANY("le professionnel", "the company");

    private final String labelFr;
    private final String labelEn;

    MediationParty(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }
}
