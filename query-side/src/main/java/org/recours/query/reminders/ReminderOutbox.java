package org.recours.query.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code reminder_outbox} table: queue once, claim due rows, record each attempt. */
public class ReminderOutbox {

    private static final String COLUMNS = "id, case_id, reminder_key, audience, recipient, subject, text_body, status,"
            + " attempts, queued_at, next_attempt_at, last_attempt_at, sent_at, last_error";
    /** The same columns as {@code o.id, o.case_id, …}, for a query that joins the outbox ({@code o}). */
    private static final String QUALIFIED_COLUMNS = COLUMNS.replaceAll("(\\w+)", "o.$1");

    static final String ERASED_BODY = "(texte effacé avec les données personnelles du consommateur)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReminderOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the mail unless this (case, reminder, audience) was queued before; answers whether it was new. */
    public boolean queue(ReminderMail mail) {
        var now = Timestamp.from(clock.instant());
        var status = mail.recipient() == null ? OutboxEntry.Status.NO_RECIPIENT : OutboxEntry.Status.PENDING;
        return jdbc.update(
                        """
                INSERT INTO reminder_outbox (case_id, reminder_key, audience, recipient, subject, text_body, html_body,
                                             status, queued_at, next_attempt_at, last_error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, reminder_key, audience) DO NOTHING""",
                        mail.caseId().value(),
                        mail.reminderKey(),
                        mail.audience().name(),
                        mail.recipient(),
                        mail.subject(),
                        mail.textBody(),
                        mail.htmlBody(),
                        status.name(),
                        now,
                        now,
                        mail.recipient() == null ? "Aucune adresse électronique connue pour ce destinataire." : null)
                == 1;
    }

    /** A row claimed for sending, locked until the transaction that claimed it ends. */
    record Claimed(
            long id,
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            int attempts,
            String caseId,
            String reminderKey,
            String audience) {}

    /**
     * Must run in a transaction: leases the due rows to the caller by moving their next attempt {@code lease} ahead,
     * so that once the transaction commits no other sender takes them while they are sent.
     */
    List<Claimed> claimDue(int limit, Duration lease) {
        var now = clock.instant();
        var claimed = jdbc.query(
                """
                SELECT id, recipient, subject, text_body, html_body, attempts, case_id, reminder_key, audience
                  FROM reminder_outbox
                 WHERE status = 'PENDING' AND next_attempt_at <= ?
                 ORDER BY next_attempt_at, id
                 LIMIT ?
                   FOR UPDATE SKIP LOCKED""",
                (row, n) -> new Claimed(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getInt(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9)),
                Timestamp.from(now),
                limit);
        var leasedUntil = Timestamp.from(now.plus(lease));
        jdbc.batchUpdate(
                "UPDATE reminder_outbox SET next_attempt_at = ? WHERE id = ?",
                claimed.stream()
                        .map(row -> new Object[] {leasedUntil, row.id()})
                        .toList());
        return claimed;
    }

    void markSent(long id) {
        var now = Timestamp.from(clock.instant());
        jdbc.update("""
                UPDATE reminder_outbox SET status = 'SENT', attempts = attempts + 1, last_attempt_at = ?, sent_at = ?
                 WHERE id = ?""", now, now, id);
    }

    /** An email that can never be sent as queued (its address cannot be parsed): never tried again. */
    void markUndeliverable(long id, String error) {
        jdbc.update(
                "UPDATE reminder_outbox SET status = 'FAILED', attempts = attempts + 1, last_attempt_at = ?, "
                        + "last_error = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                truncate(error),
                id);
    }

    void markFailed(long id, String error, Duration retryIn) {
        var now = clock.instant();
        jdbc.update("""
                UPDATE reminder_outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?,
                       last_error = ?
                 WHERE id = ?""", Timestamp.from(now), Timestamp.from(now.plus(retryIn)), truncate(error), id);
    }

    /**
     * After the consumer's personal data was erased: their pending reminders are dropped; of those already sent the
     * row stays, as the trace that a reminder went out, but without the address and the text, which greeted the
     * consumer by name.
     */
    public void forgetConsumer(String caseId) {
        jdbc.update(
                "DELETE FROM reminder_outbox WHERE case_id = ? AND audience = ? AND sent_at IS NULL",
                caseId,
                ReminderMail.Audience.CONSUMER.name());
        jdbc.update("""
                UPDATE reminder_outbox SET recipient = NULL, text_body = ?, html_body = ?, last_error = NULL
                 WHERE case_id = ? AND audience = ?""", ERASED_BODY, ERASED_BODY, caseId, ReminderMail.Audience.CONSUMER.name());
    }

    public List<OutboxEntry> latest(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM reminder_outbox ORDER BY id DESC LIMIT ?", ReminderOutbox::entry, limit);
    }

    /** The latest rows about the cases of one branch (the case-files read model says which branch a case is of). */
    public List<OutboxEntry> latestOfBranch(String branch, int limit) {
        return jdbc.query(
                "SELECT " + QUALIFIED_COLUMNS + " FROM reminder_outbox o"
                        + " JOIN case_file c ON c.case_id = o.case_id WHERE c.branch = ? ORDER BY o.id DESC LIMIT ?",
                ReminderOutbox::entry,
                branch,
                limit);
    }

    public List<OutboxEntry> ofCase(String caseId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM reminder_outbox WHERE case_id = ? ORDER BY id",
                ReminderOutbox::entry,
                caseId);
    }

    private static OutboxEntry entry(ResultSet row, int n) throws SQLException {
        return new OutboxEntry(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                OutboxEntry.Status.valueOf(row.getString(8)),
                row.getInt(9),
                instant(row, 10),
                instant(row, 11),
                instant(row, 12),
                instant(row, 13),
                row.getString(14));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String error) {
        var text = error == null ? "erreur inconnue" : error;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
