package org.recours.kernel.casefile;

/** What the association makes of the company's answer to the formal complaint. */
public enum ResponseAssessment {
    SATISFACTORY("satisfaisante"),
    PARTIAL("partielle"),
    REJECTED("rejet de la réclamation");

    private final String labelFr;

    ResponseAssessment(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
