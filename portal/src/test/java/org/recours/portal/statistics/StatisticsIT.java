package org.recours.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesOwnPostgres;
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
    void supervisorsGetTheFiguresPerCompanyAndGroundAsJsonAndCsv() {
        var supervisor = StaffFixtures.client(port, "sarah", "siege", "SUPERVISOR");
        var resolved = file(supervisor, "EXTRA_CHARGES", "12.50");
        file(supervisor, "EXTRA_CHARGES", "7.50");
        file(supervisor, "ACCOUNT_ACCESS", "0");
        supervisor.post("/api/cases/" + resolved + "/closure",
                "{\"resolution\": \"RESOLVED\", \"amountObtained\": 12.5, \"summary\": \"Remboursé\"}");
        supervisor.caseAtVersion(resolved, 1);

        var json = supervisor.json(supervisor.get("/api/statistics"));
        var extraCharges = json.get("lines").get(1);
        assertThat(extraCharges.get("category").asString()).isEqualTo("EXTRA_CHARGES");
        assertThat(extraCharges.get("cases").asLong()).isEqualTo(2);
        assertThat(extraCharges.get("open").asLong()).isEqualTo(1);
        assertThat(extraCharges.get("resolved").asLong()).isEqualTo(1);
        assertThat(extraCharges.get("medianDaysToClosure").asDouble()).isEqualTo(0.0);
        assertThat(extraCharges.get("amountAtStake").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(extraCharges.get("amountObtained").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(json.get("lines").get(0).get("medianDaysToClosure").isNull()).isTrue();

        var csv = new String(supervisor.download("/api/statistics.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("Frais supplémentaires facturés", "Amazon Prime Video");
    }

    @Test
    void staffDoNotSeeTheStatistics() {
        var staff = StaffFixtures.client(port, "ines", "paris-11", "STAFF");
        assertThat(staff.get("/api/statistics").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.get("/api/statistics.csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String file(ApiClient client, String category, String amount) {
        var filed = client.post("/api/cases", """
                {"consumer": {"fullName": "Camille Martin"}, "companyId": "amazon-prime-video",
                 "category": "%s", "facts": "Faits", "amountAtStake": %s,
                 "desiredOutcome": "Remboursement", "branch": "paris-11"}""".formatted(category, amount));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var caseId = client.json(filed).get("caseId").asString();
        client.caseAtVersion(caseId, 0);
        return caseId;
    }
}
