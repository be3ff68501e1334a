package org.recours.kernel.casefile;

/**
 * One item of the consumer's contact details, named in the history when it changes; its value stays in the
 * personal-data vault (events hold no personal data).
 */
public enum ConsumerDetail {
    FULL_NAME("nom", "name"),
    EMAIL("adresse électronique", "email address"),
    PHONE("téléphone", "phone"),
    POSTAL_ADDRESS("adresse postale", "postal address"),
    REMINDER_CONSENT("accord pour les rappels par courriel", "consent to email reminders");

    private final String labelFr;
    private final String labelEn;

    ConsumerDetail(String labelFr, String labelEn) {
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
