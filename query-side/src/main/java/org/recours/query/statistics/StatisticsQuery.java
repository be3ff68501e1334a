package org.recours.query.statistics;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.statistics.CaseStatistics;
import org.recours.kernel.statistics.FindStatistics;
import org.springframework.jdbc.core.JdbcTemplate;

/** Figures per company and ground of complaint, read from the case-files table. */
public class StatisticsQuery {

    private final JdbcTemplate jdbc;

    public StatisticsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Accumulator {
        final String company;
        final String category;
        long cases;
        long open;
        long resolved;
        long partlyResolved;
        long abandoned;
        final List<Long> daysToClosure = new ArrayList<>();
        BigDecimal atStake = BigDecimal.ZERO;
        BigDecimal obtained = BigDecimal.ZERO;

        Accumulator(String company, String category) {
            this.company = company;
            this.category = category;
        }

        CaseStatistics.Line line() {
            daysToClosure.sort(Long::compare);
            Double median = null;
            var n = daysToClosure.size();
            if (n > 0) {
                median = n % 2 == 1
                        ? daysToClosure.get(n / 2)
                        : (daysToClosure.get(n / 2 - 1) + daysToClosure.get(n / 2)) / 2.0;
            }
            return new CaseStatistics.Line(
                    company, category, cases, open, resolved, partlyResolved, abandoned, median, atStake, obtained);
        }
    }

    /**
     * When a closed case's dispute started, by the steps' own dates (issue 16): the earliest of its help-centre
     * consultations, support contacts, letters and its filing; a step entered late counts from the day it happened,
     * not from the day it was entered. Read from the case's document only for closed cases.
     */
    static final String STARTED_ON = """
            CASE WHEN resolution IS NULL THEN filed_on ELSE LEAST(filed_on,
              (SELECT min((step->>'consultedOn')::date)
                 FROM jsonb_array_elements(document::jsonb->'helpCentreConsultations') step),
              (SELECT min((step->>'contactedOn')::date)
                 FROM jsonb_array_elements(document::jsonb->'supportContacts') step),
              (SELECT min((step->>'sentOn')::date) FROM jsonb_array_elements(document::jsonb->'letters') step)) END""";

    @QueryHandler
    public CaseStatistics handle(FindStatistics query) {
        Map<String, Accumulator> lines = new LinkedHashMap<>();
        var sql = "SELECT company_name, category, " + STARTED_ON + " AS started_on, closed_on, resolution, "
                + "amount_at_stake, amount_obtained FROM case_file"
                + (query.branch() == null ? "" : " WHERE branch = ?")
                + " ORDER BY company_name, category";
        Object[] arguments = query.branch() == null ? new Object[0] : new Object[] {query.branch()};
        jdbc.query(
                sql,
                row -> {
                    var company = row.getString("company_name");
                    var category = row.getString("category");
                    var line = lines.computeIfAbsent(
                            company + "\u0000" + category, key -> new Accumulator(company, category));
                    line.cases++;
                    var atStake = row.getBigDecimal("amount_at_stake");
                    line.atStake = line.atStake.add(atStake == null ? BigDecimal.ZERO : atStake);
                    var resolution = row.getString("resolution");
                    if (resolution == null) {
                        line.open++;
                        return;
                    }
                    switch (resolution) {
                        case "RESOLVED" -> line.resolved++;
                        case "PARTIALLY_RESOLVED" -> line.partlyResolved++;
                        default -> line.abandoned++;
                    }
                    var startedOn = row.getDate("started_on").toLocalDate();
                    var closedOn = row.getDate("closed_on").toLocalDate();
                    line.daysToClosure.add(ChronoUnit.DAYS.between(startedOn, closedOn));
                    var obtained = row.getBigDecimal("amount_obtained");
                    line.obtained = line.obtained.add(obtained == null ? BigDecimal.ZERO : obtained);
                },
                arguments);
        return new CaseStatistics(lines.values().stream().map(Accumulator::line).toList());
    }
}
