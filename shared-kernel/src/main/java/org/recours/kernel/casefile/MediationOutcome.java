package org.recours.kernel.casefile;

/** How a consumer mediation ended; the mediator's proposal never binds the parties. */
public enum MediationOutcome {
    AGREEMENT("accord des parties"),
    PARTIAL_AGREEMENT("accord partiel"),
    PROPOSAL_REFUSED("proposition du médiateur refusée"),
    COMPANY_DECLINED("le professionnel a refusé la médiation"),
    INADMISSIBLE("demande déclarée irrecevable par le médiateur");

    private final String labelFr;

    MediationOutcome(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
