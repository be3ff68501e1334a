package org.recours.query.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recours.kernel.casefile.CaseId;
import org.recours.query.batch.ProcessorBatch;
import org.recours.query.sql.BulkInsert;
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
        return jdbc
                .query(
                        "SELECT document FROM case_file WHERE case_id = ?",
                        (row, n) -> read(row.getString(1)),
                        caseId.value())
                .stream()
                .findFirst();
    }

    /** The documents of those of {@code caseIds} that have one, by case id, read in few queries. */
    Map<String, CaseFileDocument> findAll(Set<String> caseIds) {
        var documents = new HashMap<String, CaseFileDocument>();
        for (var slice : ProcessorBatch.slices(caseIds, 500)) {
            jdbc.query(
                    "SELECT case_id, document FROM case_file WHERE case_id IN ("
                            + ProcessorBatch.placeholders(slice.size()) + ")",
                    row -> {
                        documents.put(row.getString(1), read(row.getString(2)));
                    },
                    slice.toArray());
        }
        return documents;
    }

    public void save(CaseFileDocument document) {
        if (jdbc.update(UPDATE, updateArguments(document)) == 0) {
            jdbc.update(ROWS.insertStatement(), insertArguments(document));
        }
    }

    /**
     * Writes documents that have a row ({@code updated}, in a JDBC batch) and documents that have none yet
     * ({@code inserted}, at once, with COPY).
     */
    public void saveAll(Collection<CaseFileDocument> updated, Collection<CaseFileDocument> inserted) {
        if (!updated.isEmpty()) {
            jdbc.batchUpdate(UPDATE, arguments(updated, true));
        }
        ROWS.insert(jdbc, arguments(inserted, false));
    }

    private static final String UPDATE = """
            UPDATE case_file SET version = ?, status = ?, branch = ?, company_id = ?, category = ?,
                   last_changed_at = ?, document = ?, next_deadline_on = ?, next_deadline = ?, search_text = ?,
                   closed_on = ?, resolution = ?, amount_obtained = ?, handler = ?
             WHERE case_id = ?""";

    private static final BulkInsert ROWS = new BulkInsert(
            "case_file",
            List.of(
                    "case_id",
                    "version",
                    "status",
                    "branch",
                    "company_id",
                    "category",
                    "filed_on",
                    "last_changed_at",
                    "document",
                    "consumer_id",
                    "company_name",
                    "filed_by",
                    "next_deadline_on",
                    "next_deadline",
                    "search_text",
                    "amount_at_stake",
                    "closed_on",
                    "resolution",
                    "amount_obtained",
                    "handler"));

    private List<Object[]> arguments(Collection<CaseFileDocument> documents, boolean update) {
        var rows = new ArrayList<Object[]>(documents.size());
        for (var document : documents) {
            rows.add(update ? updateArguments(document) : insertArguments(document));
        }
        return rows;
    }

    private Object[] updateArguments(CaseFileDocument document) {
        var next = document.nextDeadline();
        return new Object[] {
            document.version,
            document.status.name(),
            document.branch.value(),
            document.company.companyId(),
            document.category.name(),
            Timestamp.from(document.lastChangedAt),
            write(document),
            next == null ? null : next.on(),
            next == null ? null : next.kind(),
            document.searchText(),
            document.closure == null ? null : document.closure.closedOn(),
            document.closure == null ? null : document.closure.resolution().name(),
            document.closure == null ? null : document.closure.amountObtained().euros(),
            (document.handler != null ? document.handler : document.filedBy).value(),
            document.caseId.value()
        };
    }

    private Object[] insertArguments(CaseFileDocument document) {
        var next = document.nextDeadline();
        return new Object[] {
            document.caseId.value(),
            document.version,
            document.status.name(),
            document.branch.value(),
            document.company.companyId(),
            document.category.name(),
            document.filedOn,
            Timestamp.from(document.lastChangedAt),
            write(document),
            document.consumer.value(),
            document.company.name(),
            document.filedBy.value(),
            next == null ? null : next.on(),
            next == null ? null : next.kind(),
            document.searchText(),
            document.amountAtStake.euros(),
            document.closure == null ? null : document.closure.closedOn(),
            document.closure == null ? null : document.closure.resolution().name(),
            document.closure == null ? null : document.closure.amountObtained().euros(),
            (document.handler != null ? document.handler : document.filedBy).value()
        };
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
