package org.recours.portal.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recours.query.csv.SpreadsheetCells;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.statistics.CaseStatistics;
import org.recours.kernel.statistics.FindStatistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' figures per company and ground of complaint, as JSON and CSV (supervisors, administrators). */
@RestController
class StatisticsController {

    private final QueryGateway queries;

    StatisticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Read the case statistics")
    @GetMapping(value = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseStatistics json(@RequestParam(required = false) String branch) {
        return statistics(branch);
    }

    @Operation(summary = "Download the case statistics (CSV)")
    @GetMapping("/api/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String branch) throws IOException {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("company", "category", "cases", "open", "resolved",
                "partly_resolved", "abandoned", "median_days_to_closure", "amount_at_stake_eur",
                "amount_obtained_eur").get();
        try (var csv = new CSVPrinter(out, format)) {
            for (var line : statistics(branch).lines()) {
                csv.printRecord(SpreadsheetCells.of(line.company(), Category.valueOf(line.category()).labelFr(),
                        line.cases(), line.open(), line.resolved(), line.partlyResolved(), line.abandoned(),
                        line.medianDaysToClosure(), line.amountAtStake(), line.amountObtained()));
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistiques-recours.csv").build().toString())
                .body(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
    }

    CaseStatistics statistics(String branch) {
        return queries.query(new FindStatistics(branch == null || branch.isBlank() ? null : branch),
                CaseStatistics.class).join();
    }
}
