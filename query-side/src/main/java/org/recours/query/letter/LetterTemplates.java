package org.recours.query.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates, versioned in the database (ADR 21): reading one gives its latest version, or the version
 * asked for; saving one adds the next version and never changes an earlier one, so that every letter kept on a
 * case still says which text it came from. The shipped templates ({@link #SHIPPED}) are version 1, written at
 * start when missing.
 */
public class LetterTemplates {

    /** The templates Recours ships, by name, with their title; the body is {@code letters/<name>.xml}. */
    public static final Map<String, String> SHIPPED = shipped();

    public static final String SHIPPED_BY = "recours";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile boolean installed;

    public LetterTemplates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static Map<String, String> shipped() {
        var shipped = new LinkedHashMap<String, String>();
        shipped.put("reclamation", "Réclamation écrite au siège");
        shipped.put("relance", "Relance de la réclamation");
        shipped.put("mediation", "Demande de médiation de la consommation");
        shipped.put("conciliation", "Demande au conciliateur de justice");
        shipped.put("resiliation", "Notification de résiliation");
        return java.util.Collections.unmodifiableMap(shipped);
    }

    /** Writes the shipped templates as version 1 where the database has no version of them yet. */
    public void installShipped() {
        SHIPPED.forEach((name, title) ->
                jdbc.update("""
                INSERT INTO letter_template (name, version, title, body, edited_by, edited_at)
                VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT (name, version) DO NOTHING""", name, title, shippedBody(name), SHIPPED_BY, Timestamp.from(clock.instant())));
    }

    private void ensureInstalled() {
        if (!installed) {
            installShipped();
            installed = true;
        }
    }

    public static String shippedBody(String name) {
        try (var in = LetterTemplates.class.getResourceAsStream("/letters/" + name + ".xml")) {
            if (in == null) {
                throw new IllegalStateException("no shipped letter template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest version of each template, in the order they are offered. */
    public List<LetterTemplate> latest() {
        return SHIPPED.keySet().stream()
                .map(this::latest)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<LetterTemplate> latest(String name) {
        ensureInstalled();
        return jdbc
                .query(
                        "SELECT * FROM letter_template WHERE name = ? ORDER BY version DESC LIMIT 1",
                        LetterTemplates::template,
                        name)
                .stream()
                .findFirst();
    }

    public Optional<LetterTemplate> version(String name, int version) {
        ensureInstalled();
        return jdbc
                .query(
                        "SELECT * FROM letter_template WHERE name = ? AND version = ?",
                        LetterTemplates::template,
                        name,
                        version)
                .stream()
                .findFirst();
    }

    /** Every version of a template, the newest first. */
    public List<LetterTemplate> versions(String name) {
        ensureInstalled();
        return jdbc.query(
                "SELECT * FROM letter_template WHERE name = ? ORDER BY version DESC", LetterTemplates::template, name);
    }

    /**
     * Saves an edit as the template's next version; the title stays the previous version's when none is given.
     * Two administrators saving at once get two versions, one after the other (the primary key serialises them).
     */
    @Transactional
    public LetterTemplate save(String name, String title, String body, String editedBy) {
        var previous = latest(name).orElseThrow(() -> new IllegalArgumentException("unknown template " + name));
        var next = new LetterTemplate(
                name,
                previous.version() + 1,
                title == null || title.isBlank() ? previous.title() : title.strip(),
                body,
                editedBy,
                clock.instant());
        jdbc.update(
                """
                INSERT INTO letter_template (name, version, title, body, edited_by, edited_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                next.name(),
                next.version(),
                next.title(),
                next.body(),
                next.editedBy(),
                Timestamp.from(next.editedAt()));
        return next;
    }

    /** Remembers that a letter kept as the case's document came from this template version. */
    public void recordProduced(
            String documentId, String caseId, LetterTemplate template, String sha256, String producedBy) {
        jdbc.update(
                """
                INSERT INTO produced_letter (document_id, case_id, template_name, template_version, sha256,
                                             produced_by, produced_at)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?)""",
                documentId,
                caseId,
                template.name(),
                template.version(),
                sha256,
                producedBy,
                Timestamp.from(clock.instant()));
    }

    private static LetterTemplate template(ResultSet row, int n) throws SQLException {
        return new LetterTemplate(
                row.getString("name"),
                row.getInt("version"),
                row.getString("title"),
                row.getString("body"),
                row.getString("edited_by"),
                row.getTimestamp("edited_at").toInstant());
    }
}
