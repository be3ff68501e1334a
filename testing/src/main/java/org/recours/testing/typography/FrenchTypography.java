package org.recours.testing.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typography check for the texts Recours shows and prints (pages, letters, exports of the reference case): it
 * finds the classes of error issue 16 met, each a pattern with the reason it is wrong. It reads prose: a data column
 * (an ISO timestamp in a CSV, a hash) is not given to it.
 */
public final class FrenchTypography {

    /** A rule: what it finds, and why that is wrong. */
    record Rule(String why, Pattern pattern) {}

    /** Words that may rightly follow themselves ("nous nous adressons", "vous vous"). */
    private static final Set<String> REPEATABLE = Set.of("nous", "vous", "-");
    /** Words written in camel case that are not field names. */
    private static final Set<String> CAMEL_WORDS = Set.of(
            "iPhone", "iPad", "eBay", "macOS", "iOS", "YouTube", "PostgreSQL", "JavaScript", "OpenAPI", "WordPress");

    private static final List<Rule> FRENCH = List.of(
            new Rule("mot répété", Pattern.compile("(?iu)\\b(\\p{L}{2,})\\s+\\1\\b")),
            new Rule("point doublé", Pattern.compile("(?<![.])\\.\\s?\\.(?![.])")),
            new Rule("date ISO dans une phrase", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b")),
            new Rule("séparateur décimal anglais", Pattern.compile("(?<![\\d.,A-Za-z-])\\d+\\.\\d+(?![\\d.])")),
            new Rule("séparateur de milliers anglais", Pattern.compile("\\b\\d{1,3},\\d{3}\\s?(octets|o|Ko|Mo)\\b")),
            new Rule("nom de champ JSON", Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b")),
            new Rule("deux-points sans espace avant", Pattern.compile("[\\p{L}\\d)»](?<!https?):\\s")),
            new Rule("guillemets sans espace", Pattern.compile("«[^\\s\\u00a0\\u202f]|[^\\s\\u00a0\\u202f]»")),
            new Rule(
                    "majuscule après deux-points",
                    Pattern.compile("\\s:\\s(Un|Une|Le|La|Les|Des|Du|Il|Elle|Ce|Cette|Cet|Aucun|Aucune)\\s")));

    private static final List<Rule> ENGLISH = List.of(
            new Rule("repeated word", Pattern.compile("(?iu)\\b(\\p{L}{2,})\\s+\\1\\b")),
            new Rule("doubled full stop", Pattern.compile("(?<![.])\\.\\s?\\.(?![.])")),
            new Rule("ISO date in prose", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b")),
            new Rule("JSON field name", Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b")));

    private FrenchTypography() {}

    /** What is wrong in a French text, each as "why: «excerpt»"; empty when nothing is. */
    public static List<String> problems(String text) {
        return problems(text, FRENCH);
    }

    /** What is wrong in an English text. */
    public static List<String> englishProblems(String text) {
        return problems(text, ENGLISH);
    }

    /** Fails with every problem found, each with its context, naming where the text comes from. */
    public static void assertCorrectFrench(String where, String text) {
        fail("typographie française de " + where, problems(text));
    }

    public static void assertCorrectEnglish(String where, String text) {
        fail("English typography of " + where, englishProblems(text));
    }

    private static void fail(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " :\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> problems(String text, List<Rule> rules) {
        var found = new ArrayList<String>();
        for (var rule : rules) {
            var matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                var hit = matcher.group();
                if (rule.why().contains("répété") || rule.why().contains("repeated")) {
                    if (REPEATABLE.contains(matcher.group(1).toLowerCase())
                            || !sameCaseless(
                                    matcher.group(1),
                                    hit.substring(
                                            hit.length() - matcher.group(1).length()))) {
                        continue;
                    }
                }
                if ((rule.why().contains("JSON")) && CAMEL_WORDS.contains(hit)) {
                    continue;
                }
                var from = Math.max(0, matcher.start() - 30);
                var to = Math.min(text.length(), matcher.end() + 30);
                found.add(rule.why() + " : «\u00a0" + text.substring(from, to).replaceAll("\\s+", " ") + "\u00a0»");
            }
        }
        return found;
    }

    private static boolean sameCaseless(String one, String other) {
        return one.equalsIgnoreCase(other);
    }
}
