package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** What the association's IT person scrapes and probes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Alone on a database of its own: the cached contexts of other test classes run the same processors on the shared
// database, and whichever holds a processor's segments handles its events; this one's processors would then handle
// nothing and never show their meters (the full suite of 2026-12-05 met it).
@org.recours.testing.UsesOwnPostgres
class MonitoringIT {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpWhenTheDatabaseAnswers() {
        var api = new ApiClient(port);
        var readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.json(readiness).get("status").asString()).isEqualTo("UP");
        assertThat(api.json(readiness).get("components").has("database")).isTrue();
        assertThat(api.json(api.get("/actuator/health/liveness")).get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void prometheusShowsCommandsHandledProcessorLagAndExportDurations() throws InterruptedException {
        var api = new ApiClient(port);
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        var caseId = api.json(filed).get("caseId").asString();
        api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Rappel du " + LocalDate.now()));
        api.caseAtVersion(caseId, 1);
        assertThat(api.awaitHistory(caseId, 2)).hasSize(2);
        assertThat(api.download("/api/cases/" + caseId + "/export.csv").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // the processors' meters appear once a batch of theirs has been monitored, which may follow the read model
        // the test waited for by a moment: the scrape is read again for a few seconds until they are there
        var metrics = "";
        for (long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos(); System.nanoTime() < until; ) {
            var scrape = api.get("/actuator/prometheus");
            assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
            metrics = scrape.getBody();
            if (java.util.regex.Pattern.compile("(?m)^eventProcessor_latency.*processorName=\"case-files\"")
                    .matcher(metrics)
                    .find()) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(metrics).containsPattern("(?m)^commandBus_successCounter_total\\{[^}]*\\} [1-9]");
        assertThat(metrics)
                .containsPattern("(?m)^recours_event_processor_lag_events\\{[^}]*processorName=\"case-files\"");
        assertThat(metrics)
                .containsPattern("(?m)^recours_event_processor_lag_events\\{[^}]*processorName=\"audit-trail\"");
        assertThat(metrics).containsPattern("(?m)^eventProcessor_latency.*processorName=\"case-files\"");
        assertThat(metrics)
                .containsPattern("(?m)^recours_export_duration_seconds_count\\{[^}]*format=\"csv\"[^}]*\\} [1-9]");
    }

    @Test
    void onlyAdministratorsReadTheMetrics() {
        var staff = org.recours.portal.web.StaffFixtures.client(port, "metrique", "paris-11", "STAFF");
        var supervisor = org.recours.portal.web.StaffFixtures.client(port, "metrique-sup", "siege", "SUPERVISOR");
        for (var path : java.util.List.of(
                "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/http.server.requests")) {
            assertThat(staff.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(supervisor.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(new ApiClient(port).get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(staff.get("/actuator/health/readiness").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
