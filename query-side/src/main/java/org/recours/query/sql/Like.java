package org.recours.query.sql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words typed in a search box, as SQL {@code LIKE} patterns that match them anywhere in a text, whatever their
 * accents and case: both sides are folded by the database's {@code folded_for_search} (unaccent, then lower case;
 * migration V2026_12_04_1000), which the trigram indexes are built on.
 */
public final class Like {

    /** The case list's search text contains the pattern given as argument. */
    public static final String FOLDED_SEARCH_TEXT = "folded_for_search(search_text) LIKE folded_for_search(?)";

    /** A consumer's name contains the pattern given as argument. */
    public static final String FOLDED_FULL_NAME = "folded_for_search(full_name) LIKE folded_for_search(?)";

    private Like() {}

    /** The words of {@code text}, lower case, blanks dropped. */
    public static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isBlank())
                .toList();
    }

    /** {@code %word%} with the pattern characters of the word escaped (backslash, PostgreSQL's default escape). */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
