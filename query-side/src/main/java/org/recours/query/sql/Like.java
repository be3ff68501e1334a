package org.recours.query.sql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Words typed in a search box, as SQL {@code LIKE} patterns that match them literally anywhere in a text. */
public final class Like {

    private Like() {
    }

    /** The words of {@code text}, lower case, blanks dropped. */
    public static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isBlank()).toList();
    }

    /** {@code %word%} with the pattern characters of the word escaped (backslash, PostgreSQL's default escape). */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
