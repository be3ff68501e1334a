package org.recours.query.casefile;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.CaseSummary;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.kernel.casefile.query.FindWorkload;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.query.sql.Like;
import org.recours.query.sql.PlannedForItsValues;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The case list: filters on the case-files table's columns, words looked for in the reference, the facts and the
 * consumer's name (through the personal-data vault, so that an erased consumer is no longer found by name), whatever
 * their accents and case.
 * A search by words counts its matches up to a cap (recours.case-list.search-count-cap): each match has to be read to be
 * counted, whereas the filters' counts come from their indexes.
 */
public class CaseList {

    private static final int NAME_MATCHES = 10_000;
    private static final String ORDER = " ORDER BY last_changed_at DESC, case_id";

    private static final RowMapper<CaseSummary> SUMMARY = (row, n) -> new CaseSummary(
            row.getString("case_id"),
            CaseStatus.valueOf(row.getString("status")),
            row.getString("branch"),
            row.getString("company_name"),
            row.getString("category"),
            row.getString("filed_by"),
            row.getObject("filed_on", LocalDate.class),
            row.getTimestamp("last_changed_at").toInstant(),
            row.getObject("next_deadline_on", LocalDate.class),
            row.getString("next_deadline"),
            row.getString("consumer_id"),
            row.getString("handler"));

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final int searchCountCap;

    public CaseList(JdbcTemplate jdbc, PersonalDataVault vault, Clock clock, int searchCountCap) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
        this.searchCountCap = searchCountCap;
    }

    @QueryHandler
    public CasePage handle(FindCases query) {
        var where = new ArrayList<String>();
        var arguments = new ArrayList<Object>();
        equal(where, arguments, "branch", query.branch());
        equal(
                where,
                arguments,
                "status",
                query.status() == null ? null : query.status().name());
        equal(
                where,
                arguments,
                "category",
                query.category() == null ? null : query.category().name());
        equal(where, arguments, "company_id", query.companyId());
        equal(where, arguments, "filed_by", query.staffMember());
        equal(where, arguments, "handler", query.handler());
        if (query.deadline() != null) {
            var today = LocalDate.now(clock);
            if (query.deadline() == FindCases.DeadlineFilter.OVERDUE) {
                where.add("next_deadline_on < ?");
                arguments.add(Date.valueOf(today));
            } else {
                where.add("next_deadline_on BETWEEN ? AND ?");
                arguments.add(Date.valueOf(today));
                arguments.add(Date.valueOf(today.plusDays(7)));
            }
        }
        var search = query.text() != null;
        if (search) {
            words(where, arguments, query.text());
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = DataAccessUtils.requiredSingleResult(jdbc.query(
                search
                        ? "SELECT count(*) FROM (SELECT 1 FROM case_file" + condition + " LIMIT " + (searchCountCap + 1)
                                + ") m"
                        : "SELECT count(*) FROM case_file" + condition,
                new PlannedForItsValues(arguments.toArray()),
                (row, n) -> row.getLong(1)));
        var capped = search && total > searchCountCap;
        var pageArguments = new ArrayList<>(arguments);
        pageArguments.add(query.size());
        pageArguments.add((long) query.page() * query.size());
        // the page's ids first, from the index in list order (no row is read for the cases skipped by a deep page),
        // then those rows
        var cases = jdbc.query(
                "SELECT case_id, status, branch, company_name, category, filed_by, filed_on, "
                        + "last_changed_at, next_deadline_on, next_deadline, consumer_id, handler FROM case_file WHERE case_id IN ("
                        + "SELECT case_id FROM case_file" + condition + ORDER + " LIMIT ? OFFSET ?)" + ORDER,
                new PlannedForItsValues(pageArguments.toArray()),
                SUMMARY);
        return new CasePage(cases, capped ? searchCountCap : total, capped, query.page(), query.size());
    }

    /**
     * Open cases by handler, and each handler's nearest deadlines: two reads of the case-files table, whatever the
     * number of cases (the handler index).
     */
    @QueryHandler
    public FindWorkload.Workload handle(FindWorkload query) {
        var branch = query.branch() == null || query.branch().isBlank() ? null : query.branch();
        var condition = " WHERE status <> 'CLOSED'" + (branch == null ? "" : " AND branch = ?");
        var arguments = branch == null
                ? new Object[] {Date.valueOf(LocalDate.now(clock))}
                : new Object[] {Date.valueOf(LocalDate.now(clock)), branch};
        var deadlines = new java.util.HashMap<String, List<FindWorkload.Deadline>>();
        var deadlineArguments =
                branch == null ? new Object[] {query.deadlinesEach()} : new Object[] {branch, query.deadlinesEach()};
        jdbc.query(
                "SELECT handler, case_id, next_deadline_on, next_deadline FROM (SELECT handler, case_id, "
                        + "next_deadline_on, next_deadline, row_number() OVER (PARTITION BY handler ORDER BY next_deadline_on, "
                        + "case_id) AS nearest FROM case_file" + condition + " AND next_deadline_on IS NOT NULL) d "
                        + "WHERE nearest <= ? ORDER BY handler, nearest",
                row -> {
                    deadlines
                            .computeIfAbsent(row.getString("handler"), any -> new ArrayList<>())
                            .add(new FindWorkload.Deadline(
                                    row.getString("case_id"),
                                    row.getObject("next_deadline_on", LocalDate.class),
                                    row.getString("next_deadline")));
                },
                deadlineArguments);
        var loads = jdbc.query(
                "SELECT handler, count(*) AS open_cases, count(*) FILTER (WHERE next_deadline_on < ?) "
                        + "AS overdue FROM case_file" + condition + " GROUP BY handler ORDER BY count(*) DESC, handler",
                (row, n) -> new FindWorkload.Load(
                        row.getString("handler"),
                        row.getInt("open_cases"),
                        row.getInt("overdue"),
                        deadlines.getOrDefault(row.getString("handler"), List.of())),
                arguments);
        return new FindWorkload.Workload(loads);
    }

    private void words(List<String> where, List<Object> arguments, String text) {
        var consumers = vault.findByName(text, NAME_MATCHES);
        var clause = new StringBuilder("(");
        var terms = Like.words(text);
        for (int i = 0; i < terms.size(); i++) {
            clause.append(i == 0 ? "" : " AND ").append(Like.FOLDED_SEARCH_TEXT);
            arguments.add(Like.containing(terms.get(i)));
        }
        clause.append(")");
        if (!consumers.isEmpty()) {
            clause.append(" OR consumer_id = ANY (?)");
            arguments.add(consumers.stream().map(ConsumerId::value).toArray(UUID[]::new));
        }
        where.add("(" + clause + ")");
    }

    private static void equal(List<String> where, List<Object> arguments, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.add(column + " = ?");
            arguments.add(value);
        }
    }
}
