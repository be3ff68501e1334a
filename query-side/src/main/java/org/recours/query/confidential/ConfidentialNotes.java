package org.recours.query.confidential;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.recours.kernel.casefile.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The confidential notes of a case's mediations (Code de la consommation, art. L612-3): the content of the mediator's
 * proposal, the details of an outcome. Kept outside the events, whose data every export carries; each note names the
 * history entry it is about. Shown to staff; produced in an export only when staff state that the parties agreed
 * (ADR 18). Notes are added, never changed: a better wording is another note.
 */
public class ConfidentialNotes {

    /** What a note is about. */
    public enum Subject {
        PROPOSAL,
        OUTCOME
    }

    /** A note on history entry {@code entry} of its case. */
    public record ConfidentialNote(
            long entry, Subject subject, String text, String writtenBy, java.time.Instant writtenAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ConfidentialNotes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(CaseId caseId, long entry, Subject subject, String text, String writtenBy) {
        jdbc.update(
                "INSERT INTO confidential_notes (case_id, entry, subject, text, written_by, written_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                caseId.value(),
                entry,
                subject.name(),
                text,
                writtenBy,
                Timestamp.from(clock.instant()));
    }

    /**
     * The case's notes by entry. An outcome recorded before ADR 24 carried its details in the event: they are shown
     * as the first note on that entry, written by whoever recorded the step when they recorded it, so that staff
     * still read them here while the case file and the exports leave them out.
     */
    public List<ConfidentialNote> of(CaseId caseId) {
        return jdbc.query(
                """
                        SELECT entry, subject, text, written_by, written_at FROM (
                            SELECT entry, subject, text, written_by, written_at, id FROM confidential_notes
                             WHERE case_id = ?
                            UNION ALL
                            SELECT position, 'OUTCOME', data::jsonb ->> 'details', actor,
                                   recorded_at::timestamptz, 0 FROM audit_entry
                             WHERE case_id = ? AND kind IN ('MediationConcluded', 'MediationOutcomeCorrected')
                               AND btrim(coalesce(data::jsonb ->> 'details', '')) <> '') notes
                         ORDER BY entry, id""",
                (row, n) -> new ConfidentialNote(
                        row.getLong("entry"),
                        Subject.valueOf(row.getString("subject")),
                        row.getString("text"),
                        row.getString("written_by"),
                        row.getTimestamp("written_at").toInstant()),
                caseId.value(),
                caseId.value());
    }
}
