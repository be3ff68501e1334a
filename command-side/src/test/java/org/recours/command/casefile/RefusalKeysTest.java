package org.recours.command.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every refusal sentence the sources name is in the refusals bundle, and every sentence of the bundle is named by a
 * source: a key missing would fail only when its refusal happens (a page error instead of the refusal), a key left
 * over would be translated for nothing. The keys are read from the sources that refuse: the rules (shared-kernel and
 * this module) and the read side's and the pages' own checks (query-side, portal), the way they are written there:
 * {@code StepRefused.of(CaseRule.X, "variant", …)}, a variant chosen by {@code ? "a" : "b"},
 * {@code outOfOrder("variant", …)}, {@code RefusalText.of("key", …)} (a value refused: {@code check.*}), an entry
 * kind.
 */
class RefusalKeysTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src", "main", "java"),
            Path.of("..", "shared-kernel", "src", "main", "java"),
            Path.of("..", "query-side", "src", "main", "java"),
            Path.of("..", "portal", "src", "main", "java"));
    private static final Path FRENCH =
            Path.of("..", "shared-kernel", "src", "main", "resources", "refusals.properties");

    private static final Pattern RULE_VARIANT =
            Pattern.compile("(CaseRule|CampaignRule)\\.([A-Z_]+),\\s*(?:[^;,]*?\\?\\s*)?"
                    + "\"([a-z0-9-]+)\"(?:\\s*:\\s*\"([a-z0-9-]+)\")?");
    private static final Pattern OUT_OF_ORDER = Pattern.compile("outOfOrder\\(\"([a-z0-9-]+)\"");
    private static final Pattern ALREADY_RECORDED = Pattern.compile("alreadyRecorded\\([^;]*?\"([a-z0-9-]+)\"\\)");
    private static final Pattern TEXT =
            Pattern.compile("RefusalText\\.of\\((?:[^;,]*?\\?\\s*)?\"([a-z0-9.-]+)\"(?:\\s*:\\s*\"([a-z0-9.-]+)\")?");
    private static final Pattern TEXT_CHOICE =
            Pattern.compile("RefusalText\\.of\\([^;,]*?\\?\\s*\"([a-z0-9.-]+)\"\\s*:\\s*\"([a-z0-9.-]+)\"");
    private static final Pattern ENTRY_KIND = Pattern.compile("\"([a-z0-9-]+)\", role, clock\\)");

    @Test
    void theSentencesTheRulesNameAreTheBundlesSentences() throws IOException {
        var named = new TreeSet<String>();
        for (var root : SOURCES) {
            try (var files = Files.walk(root)) {
                for (var file :
                        files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    // one space between words, none inside parentheses: however a formatter wraps the arguments
                    collect(
                            Files.readString(file)
                                    .replaceAll("\\s+", " ")
                                    .replaceAll("\\( ", "(")
                                    .replaceAll(" \\)", ")"),
                            named);
                }
            }
        }
        var bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(FRENCH, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        var sentences = new TreeSet<String>();
        for (var key : bundle.stringPropertyNames()) {
            if (key.matches("(rule|campaign-rule)\\.[A-Z_]+\\..+|(entry|not-counted|prior-examination|check)\\..+")) {
                sentences.add(key);
            }
        }
        assertThat(named).hasSizeGreaterThan(60).isEqualTo(sentences);
    }

    private static void collect(String source, TreeSet<String> named) {
        var variant = RULE_VARIANT.matcher(source);
        while (variant.find()) {
            var prefix = (variant.group(1).equals("CaseRule") ? "rule." : "campaign-rule.") + variant.group(2) + ".";
            named.add(prefix + variant.group(3));
            if (variant.group(4) != null) {
                named.add(prefix + variant.group(4));
            }
        }
        OUT_OF_ORDER.matcher(source).results().forEach(m -> named.add("rule.DATE_OUT_OF_ORDER." + m.group(1)));
        ALREADY_RECORDED
                .matcher(source)
                .results()
                .forEach(m -> named.add("rule.MEDIATION_STEP_ALREADY_RECORDED." + m.group(1)));
        // "entry." + kind is named by its entry kinds; require.* are the shared checks' (RefusalBundlesTest)
        TEXT.matcher(source)
                .results()
                .map(m -> m.group(1))
                .filter(key -> !key.startsWith("require.") && !key.endsWith("."))
                .forEach(named::add);
        TEXT_CHOICE.matcher(source).results().forEach(m -> {
            named.add(m.group(1));
            named.add(m.group(2));
        });
        ENTRY_KIND.matcher(source).results().forEach(m -> named.add("entry." + m.group(1)));
    }
}
