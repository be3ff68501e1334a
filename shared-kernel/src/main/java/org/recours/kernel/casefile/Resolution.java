package org.recours.kernel.casefile;

/** How a case ended for the consumer. */
public enum Resolution {
    RESOLVED("résolu"),
    PARTIALLY_RESOLVED("partiellement résolu"),
    ABANDONED("abandonné");

    private final String labelFr;

    Resolution(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
