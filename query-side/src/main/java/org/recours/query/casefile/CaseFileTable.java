package org.recours.query.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code case_file} table: one row per case, its document as JSON beside the columns lists filter on. */
public class CaseFileTable {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public CaseFileTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CaseFileDocument> find(CaseId caseId) {
        return jdbc.query("SELECT document FROM case_file WHERE case_id = ?",
                (row, n) -> read(row.getString(1)), caseId.value()).stream().findFirst();
    }

    public void save(CaseFileDocument document) {
        var next = document.nextDeadline();
        int updated = jdbc.update("""
                UPDATE case_file SET version = ?, status = ?, branch = ?, company_id = ?, category = ?,
                       last_changed_at = ?, document = ?, next_deadline_on = ?, next_deadline = ?, search_text = ?,
                       closed_on = ?, resolution = ?, amount_obtained = ?
                 WHERE case_id = ?""",
                document.version, document.status.name(), document.branch.value(), document.company.companyId(),
                document.category.name(), Timestamp.from(document.lastChangedAt), write(document),
                next == null ? null : next.on(), next == null ? null : next.kind(), document.searchText(),
                document.closure == null ? null : document.closure.closedOn(),
                document.closure == null ? null : document.closure.resolution().name(),
                document.closure == null ? null : document.closure.amountObtained().euros(),
                document.caseId.value());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO case_file (case_id, version, status, branch, company_id, category, filed_on,
                                           last_changed_at, document, consumer_id, company_name, filed_by,
                                           next_deadline_on, next_deadline, search_text, amount_at_stake)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    document.caseId.value(), document.version, document.status.name(), document.branch.value(),
                    document.company.companyId(), document.category.name(), document.filedOn,
                    Timestamp.from(document.lastChangedAt), write(document), document.consumer.value(),
                    document.company.name(), document.filedBy.value(), next == null ? null : next.on(),
                    next == null ? null : next.kind(), document.searchText(), document.amountAtStake.euros());
        }
    }

    public void clear() {
        jdbc.update("DELETE FROM case_file");
    }

    private CaseFileDocument read(String text) {
        try {
            return json.readValue(text, CaseFileDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case_file document", e);
        }
    }

    private String write(CaseFileDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_file document cannot be written", e);
        }
    }
}
