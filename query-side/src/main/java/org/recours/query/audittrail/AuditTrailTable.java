package org.recours.query.audittrail;

import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.query.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The {@code audit_entry} table: append-only, the database refuses UPDATE and DELETE (see its migration). */
public class AuditTrailTable {

    private static final RowMapper<AuditEntry> ENTRY = (row, n) -> new AuditEntry(row.getString("case_id"),
            row.getLong("position"), row.getString("event_id"), row.getString("recorded_at"), row.getString("actor"),
            row.getString("kind"), row.getString("summary_fr"), row.getString("summary_en"), row.getString("data"),
            row.getString("previous_hash"), row.getString("hash"));

    private final JdbcTemplate jdbc;

    public AuditTrailTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> history(String caseId) {
        return jdbc.query("SELECT * FROM audit_entry WHERE case_id = ? ORDER BY position", ENTRY, caseId);
    }

    Optional<AuditEntry> last(String caseId) {
        return jdbc.query("SELECT * FROM audit_entry WHERE case_id = ? ORDER BY position DESC LIMIT 1", ENTRY, caseId)
                .stream().findFirst();
    }

    void append(AuditEntry entry) {
        jdbc.update("""
                INSERT INTO audit_entry (case_id, position, event_id, recorded_at, actor, kind, summary_fr, summary_en,
                                         data, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.caseId(), entry.position(), entry.eventId(), entry.recordedAt(), entry.actor(), entry.kind(),
                entry.summaryFr(), entry.summaryEn(), entry.data(), entry.previousHash(), entry.hash());
    }

    /** Only a rebuild from the event store empties the trail; row by row it cannot be changed. */
    void truncate() {
        jdbc.execute("TRUNCATE TABLE audit_entry");
    }
}
