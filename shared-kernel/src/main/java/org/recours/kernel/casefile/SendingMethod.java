package org.recours.kernel.casefile;

/** How the formal complaint went to the head office; registered mail gives proof of sending and of receipt. */
public enum SendingMethod implements RefusalText.Labelled {
    REGISTERED_WITH_ACKNOWLEDGEMENT("lettre recommandée avec accusé de réception", true),
    REGISTERED("lettre recommandée", true),
    ORDINARY_MAIL("lettre simple", false),
    EMAIL("courriel", false),
    /** Lettre recommandée électronique (Code des postes et des communications électroniques, art. L100). */
    ELECTRONIC_REGISTERED("lettre recommandée électronique", true);

    private final String labelFr;
    private final boolean tracked;

    SendingMethod(String labelFr, boolean tracked) {
        this.labelFr = labelFr;
        this.tracked = tracked;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    public boolean isTracked() {
        return tracked;
    }
}
