package org.recours.kernel.casefile;

import java.util.regex.Pattern;

/** The registered-mail tracking number printed on the postal receipt, without its spaces (e.g. 1A12345678901). */
public record TrackingNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{8,20}");

    public TrackingNumber {
        value = Require.text("trackingNumber", value, 40).replaceAll("[\\s-]", "").toUpperCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidCaseData("trackingNumber", "Numéro de suivi invalide « " + value
                    + " » : 8 à 20 lettres ou chiffres, comme sur le récépissé de La Poste.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
