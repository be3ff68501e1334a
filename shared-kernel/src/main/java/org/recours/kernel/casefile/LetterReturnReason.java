package org.recours.kernel.casefile;

/**
 * Why the post sent a registered letter back: the addressee, notified of it, did not collect it ("pli avisé et non
 * réclamé"), or refused it. Either way it was presented: it still counts as the written complaint, and the company's
 * response window runs from its first presentation.
 */
public enum LetterReturnReason {
    UNCLAIMED("pli avisé et non réclamé", "notified and not collected"),
    REFUSED("refusé par le destinataire", "refused by the addressee");

    private final String labelFr;
    private final String labelEn;

    LetterReturnReason(String labelFr, String labelEn) {
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
