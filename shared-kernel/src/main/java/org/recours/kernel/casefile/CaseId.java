package org.recours.kernel.casefile;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A case's reference, short enough to be read over the phone: {@code RC-7K2M-9QXD}.
 * Crockford's base 32 leaves out I, L, O and U so that no character can be mistaken for another.
 */
public record CaseId(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    public CaseId {
        Objects.requireNonNull(value, "case id");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidCaseData("caseId", RefusalText.of("check.case-id", value));
        }
    }

    public static CaseId generate(RandomGenerator random) {
        StringBuilder id = new StringBuilder("RC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CaseId(id.toString());
    }

    /** Accepts lower case too, as staff type it. */
    public static CaseId parse(String text) {
        return new CaseId(Objects.requireNonNull(text, "case id").trim().toUpperCase());
    }

    @Override
    public String toString() {
        return value;
    }
}
