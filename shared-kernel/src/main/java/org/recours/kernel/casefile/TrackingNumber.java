package org.recours.kernel.casefile;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The registered-mail tracking number as printed on the postal receipt ("1A 123 456 7890 1"): kept as printed, so
 * that staff and the consumer find it as they read it on paper, with its spaces and hyphens folded to single ones.
 * Two numbers that differ only by those are the same number ({@link #compact()}: "1A12345678901"). Numbers recorded
 * before issue 16 were kept compact, and still read so.
 */
public record TrackingNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{8,20}");

    public TrackingNumber {
        value = Require.text("trackingNumber", value, 40)
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact(value)).matches()) {
            throw new InvalidCaseData("trackingNumber", RefusalText.of("check.tracking-number", value));
        }
    }

    /** The number without spaces or hyphens, as La Poste's tracking service reads it. */
    public String compact() {
        return compact(value);
    }

    private static String compact(String printed) {
        return printed.replaceAll("[\\s-]", "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrackingNumber number && number.compact().equals(compact());
    }

    @Override
    public int hashCode() {
        return compact().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
