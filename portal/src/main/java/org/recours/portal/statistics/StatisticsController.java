package org.recours.portal.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.statistics.CaseStatistics;
import org.recours.kernel.statistics.FindStatistics;
import org.recours.query.csv.FrenchSpreadsheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' figures per company and ground of complaint, as JSON, CSV and XLSX (supervisors, administrators). */
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
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String branch) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statistiques-recours.csv")
                                .build()
                                .toString())
                .body(FrenchSpreadsheet.csv(table(branch)));
    }

    @Operation(summary = "Download the case statistics (XLSX)")
    @GetMapping("/api/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String branch) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FrenchSpreadsheet.XLSX_MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statistiques-recours.xlsx")
                                .build()
                                .toString())
                .body(FrenchSpreadsheet.xlsx(table(branch), "statistiques"));
    }

    static final List<String> HEADERS = List.of(
            "entreprise",
            "motif",
            "dossiers",
            "ouverts",
            "résolus",
            "partiellement résolus",
            "abandonnés",
            "durée médiane jusqu'à la clôture (jours)",
            "montant en jeu (€)",
            "montant obtenu (€)");

    private FrenchSpreadsheet.Table table(String branch) {
        return new FrenchSpreadsheet.Table(
                HEADERS,
                statistics(branch).lines().stream()
                        .map(line -> java.util.Arrays.<Object>asList(
                                line.company(),
                                Category.valueOf(line.category()).labelFr(),
                                line.cases(),
                                line.open(),
                                line.resolved(),
                                line.partlyResolved(),
                                line.abandoned(),
                                line.medianDaysToClosure(),
                                line.amountAtStake(),
                                line.amountObtained()))
                        .toList());
    }

    CaseStatistics statistics(String branch) {
        return queries.query(
                        new FindStatistics(branch == null || branch.isBlank() ? null : branch), CaseStatistics.class)
                .join();
    }
}
