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

    /**
     * Whether a contact through this channel is a written complaint (email, contact form, postal mail): the one-year
     * limit of L612-2 4° runs from the earliest written complaint on file (ADR 18). A phone call or a chat is not.
     */
    public boolean isWritten() {
        return this == EMAIL || this == CONTACT_FORM || this == POSTAL_MAIL;
    }
}
