package org.recours.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesOwnPostgres;
import org.recours.testing.spreadsheet.FrenchCsv;
import org.recours.testing.typography.FrenchTypography;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** Supervisors see counts, median time to closure and amounts per company and ground; staff do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesOwnPostgres
class StatisticsIT {

    @LocalServerPort
    int port;

    @Test
    void supervisorsGetTheFiguresPerCompanyAndGroundAsJsonCsvAndXlsx() throws IOException {
        var supervisor = StaffFixtures.client(port, "sarah", "siege", "SUPERVISOR");
        var resolved = file(supervisor, "EXTRA_CHARGES", "12.50");
        file(supervisor, "EXTRA_CHARGES", "7.50");
        file(supervisor, "ACCOUNT_ACCESS", "0");
        // entered today, the support contact happened 30 days ago: the dispute lasted 30 days, not 0
        supervisor.post(
                "/api/cases/" + resolved + "/support-contacts",
                PrimeVideoCase.supportContact(PrimeVideoCase.today().minusDays(30)));
        supervisor.post(
                "/api/cases/" + resolved + "/closure",
                "{\"resolution\": \"RESOLVED\", \"amountObtained\": 12.5, \"summary\": \"Remboursé\"}");
        supervisor.caseAtVersion(resolved, 2);

        var json = supervisor.json(supervisor.get("/api/statistics"));
        var extraCharges = json.get("lines").get(1);
        assertThat(extraCharges.get("category").asString()).isEqualTo("EXTRA_CHARGES");
        assertThat(extraCharges.get("cases").asLong()).isEqualTo(2);
        assertThat(extraCharges.get("open").asLong()).isEqualTo(1);
        assertThat(extraCharges.get("resolved").asLong()).isEqualTo(1);
        assertThat(extraCharges.get("medianDaysToClosure").asDouble()).isEqualTo(30.0);
        assertThat(extraCharges.get("amountAtStake").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(extraCharges.get("amountObtained").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(json.get("lines").get(0).get("medianDaysToClosure").isNull()).isTrue();

        var csv = new String(supervisor.download("/api/statistics.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv)
                .as("opened as a French spreadsheet: byte-order mark, semicolons, decimal comma")
                .startsWith("\uFEFFentreprise;motif;dossiers;ouverts;résolus;")
                .contains(COMPANY_NAME + ";Frais supplémentaires facturés;2;1;1;0;0;30;20,00;12,50\r\n");
        var rows = FrenchCsv.read(supervisor.download("/api/statistics.csv").getBody());
        assertThat(rows.get(0)).hasSize(10).startsWith("entreprise", "motif");
        FrenchTypography.assertCorrectFrench("les statistiques (CSV)", String.join(" ", rows.get(0)));

        var xlsx = supervisor.download("/api/statistics.xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getBody()));
                var sheet = workbook.getFirstSheet().openStream()) {
            var read = sheet.toList();
            assertThat(read.get(0).getCellText(7)).isEqualTo("durée médiane jusqu'à la clôture (jours)");
            assertThat(read.get(2).getCellText(1)).isEqualTo("Frais supplémentaires facturés");
            assertThat(read.get(2).getCellAsNumber(7))
                    .hasValueSatisfying(days -> assertThat(days).isEqualByComparingTo("30"));
            assertThat(read.get(2).getCellAsNumber(9))
                    .hasValueSatisfying(euros -> assertThat(euros).isEqualByComparingTo("12.5"));
        }
    }

    @Test
    void staffDoNotSeeTheStatistics() {
        var staff = StaffFixtures.client(port, "ines", "paris-11", "STAFF");
        assertThat(staff.get("/api/statistics").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.get("/api/statistics.csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String file(ApiClient client, String category, String amount) {
        var filed = client.post(
                "/api/cases",
                briefFiling().about(category, "Faits").atStake(amount).json());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var caseId = client.json(filed).get("caseId").asString();
        client.caseAtVersion(caseId, 0);
        return caseId;
    }
}
