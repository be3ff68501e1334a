package org.recours.kernel.casefile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few rules of French that a name put into a sentence needs: elision ("d'Amazon", "l'Association"), the
 * definite article a common noun takes ("le Médiateur du e-commerce", "la Médiatrice de l'énergie", "le tribunal
 * judiciaire de Nanterre") and its contraction with "de" and "à" ("du Médiateur…", "au tribunal…"). A brand
 * ("Amazon", "Netflix") takes no article; a name that starts with an article keeps it ("La Poste" → "de La Poste").
 * Which words are common nouns is a short list ({@link #NOUNS}): the institutions letters and pages name.
 */
public final class FrenchGrammar {

    /** Common nouns that head an institution's name, with their gender ({@code true}: feminine). */
    static final Map<String, Boolean> NOUNS = Map.ofEntries(
            Map.entry("médiateur", false),
            Map.entry("médiatrice", true),
            Map.entry("tribunal", false),
            Map.entry("conciliateur", false),
            Map.entry("conciliatrice", true),
            Map.entry("service", false),
            Map.entry("association", true),
            Map.entry("société", true),
            Map.entry("cour", true),
            Map.entry("commission", true),
            Map.entry("direction", true),
            Map.entry("centre", false),
            Map.entry("autorité", true),
            Map.entry("fédération", true),
            Map.entry("union", true),
            Map.entry("défenseur", false),
            Map.entry("juge", false),
            Map.entry("greffe", false),
            Map.entry("siège", false),
            Map.entry("entreprise", true),
            Map.entry("banque", true),
            Map.entry("caisse", true),
            Map.entry("mutuelle", true),
            Map.entry("office", false),
            Map.entry("institut", false),
            Map.entry("conseil", false),
            Map.entry("groupe", false));

    /** Words whose h is aspirated: no elision before them ("de Hachette", "le haut conseil"). */
    private static final Set<String> ASPIRATED_H =
            Set.of("hachette", "haut", "haute", "hollande", "hongrie", "huit", "hublot");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(le|la|les)\\s+|^(?i)l['’]\\s*");

    private FrenchGrammar() {}

    /** "d'Amazon", "de Netflix", "du Médiateur du e-commerce", "de la Médiatrice", "de l'Autorité", "des Caisses". */
    public static String de(String name) {
        var phrase = withArticle(name);
        var lower = phrase.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("le ")) {
            return "du " + phrase.substring(3);
        }
        if (lower.startsWith("les ")) {
            return "des " + phrase.substring(4);
        }
        return elides(phrase) ? "d'" + phrase : "de " + phrase;
    }

    /** "à Amazon", "au tribunal judiciaire de Nanterre", "à la Médiatrice", "à l'Autorité", "aux Caisses". */
    public static String a(String name) {
        var phrase = withArticle(name);
        var lower = phrase.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("le ")) {
            return "au " + phrase.substring(3);
        }
        if (lower.startsWith("les ")) {
            return "aux " + phrase.substring(4);
        }
        return "à " + phrase;
    }

    /** "auprès d'Amazon", "auprès du Médiateur du e-commerce de la FEVAD". */
    public static String aupresDe(String name) {
        return "auprès " + de(name);
    }

    /** "devant le tribunal judiciaire de Nanterre". */
    public static String devant(String name) {
        return "devant " + withArticle(name);
    }

    /**
     * The name as a sentence names it: with its definite article when it is a common noun ("le Médiateur…",
     * "l'Autorité…"), as it is otherwise (a brand, or a name that already has its article).
     */
    public static String withArticle(String name) {
        var phrase = name == null ? "" : name.strip();
        if (phrase.isEmpty() || LEADING_ARTICLE.matcher(phrase).find()) {
            return phrase;
        }
        var head = phrase.split("[\\s'’-]+", 2)[0].toLowerCase(Locale.FRENCH);
        var feminine = NOUNS.get(head);
        if (feminine == null) {
            return phrase;
        }
        if (elides(phrase)) {
            return "l'" + phrase;
        }
        return (feminine ? "la " : "le ") + phrase;
    }

    /** The same with a capital, to open a sentence: "Le Médiateur du e-commerce…", "Amazon". */
    public static String capitalised(String phrase) {
        return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toUpperCase(Locale.FRENCH) + phrase.substring(1);
    }

    /**
     * A free text to be followed by the sentence's own full stop: its trailing full stops and spaces removed, so
     * that "… depuis février 2024." + "." never prints "..". A text ending in "?", "!" or "…" keeps it.
     */
    public static String withoutFinalStop(String text) {
        if (text == null) {
            return "";
        }
        var body = text.strip();
        if (body.endsWith("...")) {
            return body;
        }
        while (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        return body;
    }

    /** The text as a sentence: one final full stop, unless it ends with "?", "!", "…" or an ellipsis. */
    public static String sentence(String text) {
        var body = withoutFinalStop(text);
        return body.isEmpty() || body.matches("(?s).*([?!…]|\\.\\.\\.)$") ? body : body + ".";
    }

    /**
     * A text written after a colon: in French it goes on in lower case ("est clos : un dossier…"), unless its first
     * word is an acronym or a name in capitals ("FEVAD", "SNCF").
     */
    public static String afterColon(String text) {
        if (text == null
                || text.length() < 2
                || !Character.isUpperCase(text.charAt(0))
                || Character.isUpperCase(text.charAt(1))) {
            return text == null ? "" : text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Whether a word elides the article or "de" before it: a vowel, or a mute h. */
    static boolean elides(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        var first = Normalizer.normalize(phrase.substring(0, 1), Normalizer.Form.NFD)
                .charAt(0);
        var lowered = Character.toLowerCase(first);
        if (lowered == 'h') {
            var word = phrase.split("[\\s'’-]+", 2)[0].toLowerCase(Locale.FRENCH);
            return !ASPIRATED_H.contains(word);
        }
        return "aeiouy".indexOf(lowered) >= 0;
    }
}
