package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.query.CaseStatus;

/** The staff pages' words live in the bundles, once each, in French and in English; the templates hold none. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    private final Properties french = load("messages.properties");
    private final Properties english = load("messages_en.properties");
    /** The rules' refusals, in shared-kernel (RefusalBundlesTest checks them); the pages' refusals are here too. */
    private final Properties refusals =
            load(Path.of("..", "shared-kernel", "src", "main", "resources", "refusals_en.properties"));

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        var key = Pattern.compile("#\\{([\\w.\\-]+)[}(]");
        var missing = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = key.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!french.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The pages' controllers name their labels, hints and notices by message code (a string literal such as
     * {@code "accounts.login"}): each one that looks like a key of the bundles is one.
     */
    @Test
    void everyMessageCodeTheControllersNameExists() throws IOException {
        var namespaces = new TreeSet<String>();
        french.stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') + 1)));
        var literal = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
        var missing = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src", "main", "java"))) {
            for (var source :
                    files.filter(file -> file.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    var code = matcher.group(1);
                    var fileName = code.matches(".*\\.(zip|csv|xlsx|pdf|json|txt)");
                    if (!fileName
                            && namespaces.contains(code.substring(0, code.indexOf('.') + 1))
                            && !french.containsKey(code)) {
                        missing.add(source.getFileName() + ": " + code);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theTemplatesHoldNoWordsOfTheirOwn() throws IOException {
        var tag = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
        var literalAttribute = Pattern.compile("\\s(?:aria-label|placeholder|title|alt)=\"");
        var found = new ArrayList<String>();
        for (var template : templates()) {
            var source = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            var text = tag.matcher(source).replaceAll(" ");
            Stream.of(text.split("\\s+"))
                    .filter(word -> word.codePoints().anyMatch(Character::isLetter))
                    .forEach(word -> found.add(TEMPLATES.relativize(template) + ": " + word));
            if (literalAttribute.matcher(source).find()) {
                found.add(TEMPLATES.relativize(template) + ": a literal aria-label, placeholder, title or alt");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyLabelOfTheCaseVocabularyAndEveryRoleIsInBothLanguages() {
        var keys = new ArrayList<String>();
        add(keys, "category", Category.values());
        add(keys, "status", CaseStatus.values());
        add(keys, "channel", ContactChannel.values());
        add(keys, "method", SendingMethod.values());
        add(keys, "assessment", ResponseAssessment.values());
        add(keys, "mediation-outcome", MediationOutcome.values());
        add(keys, "resolution", Resolution.values());
        add(keys, "role", StaffRole.values());
        assertThat(keys).allSatisfy(key -> {
            assertThat(french).containsKey(key);
            assertThat(english).containsKey(key);
        });
    }

    @Test
    void everyRuleHasItsEnglishRefusal() {
        assertThat(Stream.of(CaseRule.values()).map(rule -> "rule." + rule.name()))
                .allSatisfy(key -> assertThat(refusals).containsKey(key));
    }

    /**
     * A message with arguments (every rule's refusal is given at least one, even when it names nothing) goes through
     * MessageFormat, where an apostrophe is written twice; a message without arguments is shown as written, where a
     * doubled one would show twice.
     */
    @Test
    void apostrophesAreWrittenTheWayEachMessageIsRead() {
        var wrong = new ArrayList<String>();
        for (var bundle : List.of(french, english, refusals)) {
            for (var key : bundle.stringPropertyNames()) {
                var message = bundle.getProperty(key);
                var formatted = message.contains("{0")
                        || key.matches("(rule|campaign-rule|entry|not-counted|prior-examination|require|check)\\..*");
                if (formatted && message.replace("''", "").contains("'") || !formatted && message.contains("''")) {
                    wrong.add(key + "=" + message);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] constants) {
        for (var constant : constants) {
            keys.add(prefix + "." + constant.name());
        }
    }

    private static List<Path> templates() throws IOException {
        try (var files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String name) {
        return load(RESOURCES.resolve(name));
    }

    private static Properties load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
