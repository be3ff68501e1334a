package org.recours.portal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.consumer.ConsumerDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code intake_submission} and {@code intake_document} tables: submissions until staff decide on them. */
@Repository
class Submissions {

    /** A file the consumer attached, checked by content when it came in. */
    record Document(long id, String fileName, String mediaType, String description, byte[] content) {}

    private static final String COLUMNS = "submission_id, status, branch, company_id, category, facts, desired_outcome,"
            + " amount_at_stake, full_name, email, phone, postal_address, postcode, contacted_support,"
            + " support_contacted_on, sent_written_complaint, written_complaint_on, language, submitted_at,"
            + " confirmed_at, decided_at, decided_by, decline_reason";

    private final JdbcTemplate jdbc;

    Submissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void store(Submission submission, String confirmationHash, List<Document> documents, Instant consentedAt) {
        var consumer = submission.consumer();
        var answers = submission.answers();
        jdbc.update(
                "INSERT INTO intake_submission (" + COLUMNS + ", consented_at, confirmation_hash) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                submission.id().value(),
                submission.status().name(),
                submission.branch(),
                submission.companyId(),
                submission.category().name(),
                submission.facts(),
                submission.desiredOutcome(),
                submission.amount(),
                consumer.fullName(),
                consumer.email(),
                consumer.phone(),
                consumer.postalAddress(),
                submission.postcode(),
                answers.contactedSupport().name(),
                answers.supportContactedOn(),
                answers.sentWrittenComplaint().name(),
                answers.writtenComplaintOn(),
                submission.language(),
                Timestamp.from(submission.submittedAt()),
                null,
                null,
                null,
                null,
                Timestamp.from(consentedAt),
                confirmationHash);
        for (var document : documents) {
            jdbc.update(
                    "INSERT INTO intake_document (submission_id, file_name, media_type, description, content) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    submission.id().value(),
                    document.fileName(),
                    document.mediaType(),
                    document.description(),
                    document.content());
        }
    }

    /**
     * Uses a confirmation token once: the submission it belongs to joins its branch's queue, if it was sent after
     * {@code sentAfter} (an older one is about to be purged and answers like an unknown token).
     */
    Optional<CaseId> confirm(String confirmationHash, Instant now, Instant sentAfter) {
        return jdbc
                .query(
                        """
                UPDATE intake_submission SET status = 'CONFIRMED', confirmation_hash = NULL, confirmed_at = ?
                 WHERE confirmation_hash = ? AND status = 'UNCONFIRMED' AND submitted_at > ?
                RETURNING submission_id""",
                        (row, n) -> new CaseId(row.getString(1)),
                        Timestamp.from(now),
                        confirmationHash,
                        Timestamp.from(sentAfter))
                .stream()
                .findFirst();
    }

    /** Whether this token is one waiting to be used (the confirmation page asks before using it). */
    boolean awaitsConfirmation(String confirmationHash, Instant sentAfter) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM intake_submission WHERE "
                        + "confirmation_hash = ? AND status = 'UNCONFIRMED' AND submitted_at > ?)",
                Boolean.class,
                confirmationHash,
                Timestamp.from(sentAfter)));
    }

    /** The confirmed submissions waiting in these branches (every branch when null), the oldest first. */
    List<Submission> queue(String branch) {
        return branch == null
                ? jdbc.query(
                        "SELECT " + COLUMNS + " FROM intake_submission WHERE status = 'CONFIRMED' "
                                + "ORDER BY confirmed_at, submission_id",
                        Submissions::submission)
                : jdbc.query(
                        "SELECT " + COLUMNS + " FROM intake_submission WHERE status = 'CONFIRMED' AND branch = ? "
                                + "ORDER BY confirmed_at, submission_id",
                        Submissions::submission,
                        branch);
    }

    Optional<Submission> find(CaseId id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM intake_submission WHERE submission_id = ?",
                        Submissions::submission,
                        id.value())
                .stream()
                .findFirst();
    }

    List<Document> documents(CaseId id) {
        return jdbc.query(
                "SELECT id, file_name, media_type, description, content FROM intake_document "
                        + "WHERE submission_id = ? ORDER BY id",
                (row, n) -> new Document(
                        row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBytes(5)),
                id.value());
    }

    /** The documents' names and types, without their content (the queue's page lists them). */
    List<Document> documentNames(CaseId id) {
        return jdbc.query(
                "SELECT id, file_name, media_type, description FROM intake_document "
                        + "WHERE submission_id = ? ORDER BY id",
                (row, n) ->
                        new Document(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), new byte[0]),
                id.value());
    }

    /**
     * Takes a confirmed submission out of the queue for one staff member's decision; false when another decision
     * took it first (or it is not in the queue).
     */
    boolean claim(CaseId id, Submission.Status decision, String staffMember, Instant now) {
        return jdbc.update(
                        "UPDATE intake_submission SET status = ?, decided_by = ?, decided_at = ? "
                                + "WHERE submission_id = ? AND status = 'CONFIRMED'",
                        decision.name(),
                        staffMember,
                        Timestamp.from(now),
                        id.value())
                == 1;
    }

    /** A decision that could not be carried out: the submission goes back to its queue. */
    void release(CaseId id) {
        jdbc.update(
                "UPDATE intake_submission SET status = 'CONFIRMED', decided_by = NULL, decided_at = NULL "
                        + "WHERE submission_id = ?",
                id.value());
    }

    /**
     * Once decided the submission keeps only what says what became of it: the personal data, the complaint's text
     * and the documents go (to the case, or nowhere).
     */
    @Transactional
    void forgetContent(CaseId id, String declineReason) {
        jdbc.update("""
                UPDATE intake_submission SET facts = NULL, desired_outcome = NULL, amount_at_stake = NULL,
                       full_name = NULL, email = NULL, phone = NULL, postal_address = NULL, decline_reason = ?
                 WHERE submission_id = ?""", declineReason, id.value());
        jdbc.update("DELETE FROM intake_document WHERE submission_id = ?", id.value());
    }

    /** Deletes the submissions never confirmed since {@code sentBefore}, with their documents. */
    int purgeUnconfirmed(Instant sentBefore) {
        return jdbc.update(
                "DELETE FROM intake_submission WHERE status = 'UNCONFIRMED' AND submitted_at <= ?",
                Timestamp.from(sentBefore));
    }

    private static Submission submission(ResultSet row, int n) throws SQLException {
        var amount = row.getBigDecimal("amount_at_stake");
        var fullName = row.getString("full_name");
        return new Submission(
                new CaseId(row.getString("submission_id")),
                Submission.Status.valueOf(row.getString("status")),
                row.getString("branch"),
                row.getString("company_id"),
                Category.valueOf(row.getString("category")),
                row.getString("facts"),
                row.getString("desired_outcome"),
                amount == null ? null : new Money(amount),
                fullName == null
                        ? null
                        : new ConsumerDetails(
                                fullName,
                                row.getString("email"),
                                row.getString("phone"),
                                row.getString("postal_address")),
                row.getString("postcode"),
                new Submission.Answers(
                        Submission.Answer.valueOf(row.getString("contacted_support")),
                        date(row, "support_contacted_on"),
                        Submission.Answer.valueOf(row.getString("sent_written_complaint")),
                        date(row, "written_complaint_on")),
                row.getString("language"),
                instant(row, "submitted_at"),
                instant(row, "confirmed_at"),
                instant(row, "decided_at"),
                row.getString("decided_by"),
                row.getString("decline_reason"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        var date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
