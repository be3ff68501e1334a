package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.RefusalText.Field;

/** The checks every message shares, so that each rule is written once. */
public final class Require {

    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 10_000;

    private Require() {}

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseData(field, RefusalText.of("require.text", Field.labelled(field)));
        }
        return bounded(field, value.strip(), maxLength);
    }

    /** An optional text: absent or blank becomes {@code null}. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value.strip(), maxLength);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidCaseData(field, RefusalText.of("require.present", Field.labelled(field)));
        }
        return value;
    }

    public static LocalDate notAfter(String field, LocalDate date, LocalDate today) {
        present(field, date);
        if (date.isAfter(today)) {
            throw new InvalidCaseData(
                    field,
                    FieldNames.french(field).startsWith("date ")
                            ? RefusalText.of("require.not-after", Field.named(field), date, today)
                            : RefusalText.of("require.not-after-named", Field.labelled(field), date, today));
        }
        return date;
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidCaseData(field, RefusalText.of("require.max-length", Field.labelled(field), maxLength));
        }
        if (hasUnacceptableCharacter(value)) {
            throw new InvalidCaseData(field, RefusalText.of("require.characters", Field.labelled(field)));
        }
        return value;
    }

    /**
     * Whether text holds what no typed text holds: a control character other than tab, line feed and carriage return
     * (a null byte, an escape sequence, DEL, the C1 controls), or half of a UTF-16 surrogate pair, which is not
     * Unicode at all (PostgreSQL stores it as '?', an evidence reader cannot decode it).
     */
    public static boolean hasUnacceptableCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
