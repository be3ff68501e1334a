package org.recours.portal.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumer's follow-up links ({@code follow_up_link}) and what the association asks of them
 * ({@code follow_up_request}). A case has at most one link in force: issuing a new one revokes the others.
 */
@Repository
class FollowUpLinks {

    /** The link in force of a case: when and by whom it was issued. */
    record Issued(Instant issuedAt, String issuedBy) {}

    /** What the association asks of the consumer, as staff last wrote it. */
    record Request(String text, Instant updatedAt, String updatedBy) {}

    static final int REQUEST_LENGTH = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FollowUpLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the case (the token, to send; only its hash is kept); any earlier link stops working. */
    @Transactional
    String issue(CaseId caseId, String staffMember) {
        revoke(caseId, staffMember);
        var token = Tokens.generate();
        jdbc.update(
                "INSERT INTO follow_up_link (token_hash, case_id, issued_at, issued_by) VALUES (?, ?, ?, ?)",
                Tokens.hash(token),
                caseId.value(),
                Timestamp.from(clock.instant()),
                staffMember);
        return token;
    }

    /** Revokes the case's link in force; false when it had none. */
    boolean revoke(CaseId caseId, String staffMember) {
        return jdbc.update(
                        "UPDATE follow_up_link SET revoked_at = ?, revoked_by = ? "
                                + "WHERE case_id = ? AND revoked_at IS NULL",
                        Timestamp.from(clock.instant()),
                        staffMember,
                        caseId.value())
                > 0;
    }

    /** The case a token opens, if it is in force (expiry after the case's closure is the page's to judge). */
    Optional<CaseId> caseOf(String token) {
        return jdbc
                .query(
                        "SELECT case_id FROM follow_up_link WHERE token_hash = ? AND revoked_at IS NULL",
                        (row, n) -> new CaseId(row.getString(1)),
                        Tokens.hash(token))
                .stream()
                .findFirst();
    }

    Optional<Issued> inForce(CaseId caseId) {
        return jdbc
                .query(
                        "SELECT issued_at, issued_by FROM follow_up_link WHERE case_id = ? AND revoked_at IS NULL",
                        (row, n) -> new Issued(row.getTimestamp(1).toInstant(), row.getString(2)),
                        caseId.value())
                .stream()
                .findFirst();
    }

    void ask(CaseId caseId, String text, String staffMember) {
        if (text == null) {
            jdbc.update("DELETE FROM follow_up_request WHERE case_id = ?", caseId.value());
            return;
        }
        jdbc.update("""
                INSERT INTO follow_up_request (case_id, text, updated_at, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_id) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at,
                                                    updated_by = EXCLUDED.updated_by""", caseId.value(), text, Timestamp.from(clock.instant()), staffMember);
    }

    Optional<Request> request(CaseId caseId) {
        return jdbc
                .query(
                        "SELECT text, updated_at, updated_by FROM follow_up_request WHERE case_id = ?",
                        (row, n) -> new Request(
                                row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)),
                        caseId.value())
                .stream()
                .findFirst();
    }
}
