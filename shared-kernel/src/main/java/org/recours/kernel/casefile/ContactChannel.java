package org.recours.kernel.casefile;

/** How the consumer and the company spoke to each other. */
public enum ContactChannel {
    PHONE("téléphone"),
    CHAT("chat en ligne"),
    CONTACT_FORM("formulaire de contact"),
    EMAIL("courriel"),
    POSTAL_MAIL("courrier postal");

    private final String labelFr;

    ContactChannel(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
