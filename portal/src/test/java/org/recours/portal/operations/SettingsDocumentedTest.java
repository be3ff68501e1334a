package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every typed setting of Recours ({@code @ConfigurationProperties}, described by the metadata Spring Boot's
 * configuration processor writes at build time) is documented in docs/configuration.md with its one default, and
 * that default is set nowhere else: not in application.yml, not in an {@code @Value} of the code.
 */
class SettingsDocumentedTest {

    private static final Path DOCS = Path.of("..", "docs", "configuration.md");
    private static final Pattern NAME = Pattern.compile("`(recours[a-z0-9.-]*|\\.[a-z0-9.-]+)`");
    private static final Pattern VALUE = Pattern.compile("`([^`]*)`");

    @Test
    void everyTypedSettingIsDocumentedWithItsDefault() throws IOException {
        var documented = documentedDefaults();
        var typed = typedSettings();
        assertThat(typed).as("typed settings found in the build's metadata").hasSizeGreaterThan(30);
        var wrong = new ArrayList<String>();
        typed.forEach((name, defaultValue) -> {
            if (!documented.containsKey(name)) {
                wrong.add(name + ": not in docs/configuration.md");
            } else if (!documented.get(name).equals(defaultValue)) {
                wrong.add(
                        name + ": default " + defaultValue + " in the code, " + documented.get(name) + " in the docs");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTypedSettingsDefaultIsNotRepeatedInTheCodeOrInApplicationYml() throws IOException {
        var typed = typedSettings().keySet();
        var repeated = new ArrayList<String>();
        try (var sources = Files.walk(Path.of("..").normalize())) {
            for (var file : sources.filter(path -> path.toString().endsWith(".java")
                            && path.toString().contains("src" + java.io.File.separator + "main"))
                    .toList()) {
                var text = Files.readString(file);
                for (var name : typed) {
                    if (text.contains("${" + name + ":")) {
                        repeated.add(name + " has a default in " + file);
                    }
                }
            }
        }
        for (var source : new org.springframework.boot.env.YamlPropertySourceLoader()
                .load(
                        "application.yml",
                        new org.springframework.core.io.FileSystemResource(
                                Path.of("src", "main", "resources", "application.yml")))) {
            for (var name : typed) {
                if (source.containsProperty(name)) {
                    repeated.add(name + " is set in application.yml (profile document " + source.getName() + ")");
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    /** recours.* property → its default as the metadata gives it ("" for none). */
    private static Map<String, String> typedSettings() throws IOException {
        var settings = new LinkedHashMap<String, String>();
        var json = JsonMapper.builder().build();
        for (var url : Collections.list(SettingsDocumentedTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (var in = url.openStream()) {
                var metadata = json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                for (var property : metadata.get("properties")) {
                    var name = property.get("name").asString();
                    if (name.startsWith("recours.")) {
                        var value = property.get("defaultValue");
                        settings.put(
                                name,
                                value == null || value.isNull()
                                        ? ""
                                        : value.isArray()
                                                ? String.join(
                                                        ",",
                                                        value.valueStream()
                                                                .map(v -> v.asString())
                                                                .toList())
                                                : listOfNumbers(value.asString()));
                    }
                }
            }
        }
        return settings;
    }

    /** The processor writes a list of numbers' default as "[60, 15]"; the docs as "60,15". */
    private static String listOfNumbers(String value) {
        return value.matches("\\[[0-9, ]*]")
                ? value.substring(1, value.length() - 1).replace(" ", "")
                : value;
    }

    /** recours.* property → the default its row in docs/configuration.md gives ("" for "empty" or "none"). */
    private static Map<String, String> documentedDefaults() throws IOException {
        var defaults = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(DOCS)) {
            if (!line.startsWith("| `recours.")) {
                continue;
            }
            var cells = line.split("\\|");
            var names = new ArrayList<String>();
            var matcher = NAME.matcher(cells[1]);
            while (matcher.find()) {
                var name = matcher.group(1);
                names.add(
                        name.startsWith(".")
                                ? names.get(0).substring(0, names.get(0).lastIndexOf('.')) + name
                                : name);
            }
            var values = new ArrayList<String>();
            var defaultCell = cells[3].trim();
            if (defaultCell.startsWith("empty") || defaultCell.startsWith("none")) {
                values.add("");
            } else {
                var value = VALUE.matcher(defaultCell);
                while (value.find() && values.size() < names.size()) {
                    values.add(value.group(1));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                defaults.put(names.get(i), i < values.size() ? values.get(i) : values.get(0));
            }
        }
        return defaults;
    }
}
