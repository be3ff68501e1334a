package org.recours.query.audittrail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.sql.BulkInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The {@code audit_entry} table: append-only, the database refuses UPDATE and DELETE (see its migration). */
public class AuditTrailTable {

    private static final RowMapper<AuditEntry> ENTRY = (row, n) -> new AuditEntry(
            row.getString("case_id"),
            row.getLong("position"),
            row.getString("event_id"),
            row.getString("recorded_at"),
            row.getString("actor"),
            row.getString("kind"),
            row.getString("summary_fr"),
            row.getString("summary_en"),
            row.getString("data"),
            row.getString("previous_hash"),
            row.getString("hash"));

    private final JdbcTemplate jdbc;

    public AuditTrailTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> history(String caseId) {
        return jdbc.query("SELECT * FROM audit_entry WHERE case_id = ? ORDER BY position", ENTRY, caseId);
    }

    Optional<AuditEntry> last(String caseId) {
        return jdbc
                .query("SELECT * FROM audit_entry WHERE case_id = ? ORDER BY position DESC LIMIT 1", ENTRY, caseId)
                .stream()
                .findFirst();
    }

    /**
     * Where each of {@code caseIds} that has a trail stands: its last entry's position and hash. One backward step
     * on the primary key per case, however long its trail.
     */
    Map<String, Tip> tips(Set<String> caseIds) {
        var tips = new HashMap<String, Tip>();
        if (caseIds.isEmpty()) {
            return tips;
        }
        jdbc.query(
                """
                SELECT tip.case_id, tip.position, tip.hash
                  FROM unnest(?::varchar[]) AS wanted(case_id)
                  CROSS JOIN LATERAL (
                        SELECT case_id, position, hash FROM audit_entry
                         WHERE case_id = wanted.case_id
                         ORDER BY position DESC
                         LIMIT 1) AS tip""",
                statement ->
                        statement.setArray(1, statement.getConnection().createArrayOf("varchar", caseIds.toArray())),
                row -> {
                    tips.put(row.getString(1), new Tip(row.getLong(2), row.getString(3)));
                });
        return tips;
    }

    /** The last entry of a case's trail, as far as the next entry needs it. */
    record Tip(long position, String hash) {}

    private static final BulkInsert ENTRIES = new BulkInsert(
            "audit_entry",
            List.of(
                    "case_id",
                    "position",
                    "event_id",
                    "recorded_at",
                    "actor",
                    "kind",
                    "summary_fr",
                    "summary_en",
                    "data",
                    "previous_hash",
                    "hash"));

    void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    /** Appends entries: one with an INSERT, several at once (COPY). */
    void appendAll(List<AuditEntry> entries) {
        if (entries.size() == 1) {
            jdbc.update(ENTRIES.insertStatement(), arguments(entries.get(0)));
        } else {
            ENTRIES.insert(
                    jdbc, entries.stream().map(AuditTrailTable::arguments).toList());
        }
    }

    private static Object[] arguments(AuditEntry entry) {
        return new Object[] {
            entry.caseId(),
            entry.position(),
            entry.eventId(),
            entry.recordedAt(),
            entry.actor(),
            entry.kind(),
            entry.summaryFr(),
            entry.summaryEn(),
            entry.data(),
            entry.previousHash(),
            entry.hash()
        };
    }

    /** Only a rebuild from the event store empties the trail; row by row it cannot be changed. */
    void truncate() {
        jdbc.execute("TRUNCATE TABLE audit_entry");
    }
}
