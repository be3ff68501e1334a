package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** PostgreSQL goes away under load and comes back: readiness follows it, and no acknowledged step is lost. */
class ReadinessIT {

    record Acknowledged(String caseId, long version, String note) {}

    @TempDir
    Path dataDir;

    @Test
    void readinessGoesDownWhileTheDatabaseIsUnreachableAndBackUpAfterwardsWithNoAcknowledgedStepLost()
            throws Exception {
        try (var database = ScratchDatabase.create("recours_readiness");
                var proxy = new TcpProxy(database.host(), database.port());
                var app = AppInstance.start(
                        database.urlThroughPort(proxy.port()),
                        database,
                        dataDir,
                        "spring.datasource.hikari.connection-timeout=1500",
                        "recours.processing.token-claim-interval=200ms")) {
            var api = app.api;
            assertThat(status(api, "/actuator/health/readiness")).isEqualTo(HttpStatus.OK);
            var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                    .get("caseId")
                    .asString();

            var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
            var refusals = new ConcurrentLinkedQueue<Integer>();
            var failures = new ConcurrentLinkedQueue<RuntimeException>();
            var running = new AtomicBoolean(true);
            var writer = new Thread(() -> {
                for (int i = 0; running.get() && i < 2000; i++) {
                    var text = "Note pendant la panne " + i;
                    ResponseEntity<String> response;
                    try {
                        response = api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text));
                    } catch (RuntimeException e) {
                        failures.add(e);
                        continue;
                    }
                    if (response.getStatusCode().is2xxSuccessful()) {
                        acknowledged.add(new Acknowledged(
                                caseId, api.json(response).get("version").asLong(), text));
                    } else {
                        refusals.add(response.getStatusCode().value());
                    }
                    pause(20);
                }
            });
            writer.start();
            AppInstance.await("some steps recorded", Duration.ofSeconds(10), () -> acknowledged.size() >= 5);

            proxy.cut();
            AppInstance.await(
                    "readiness DOWN",
                    Duration.ofSeconds(15),
                    () -> status(api, "/actuator/health/readiness") == HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(api.json(api.get("/actuator/health/readiness"))
                            .get("status")
                            .asString())
                    .isEqualTo("DOWN");
            assertThat(status(api, "/actuator/health/liveness"))
                    .as("alive all the same")
                    .isEqualTo(HttpStatus.OK);
            int acknowledgedDuringOutage = acknowledged.size();
            pause(1000);

            proxy.restore();
            AppInstance.await(
                    "readiness UP",
                    Duration.ofSeconds(20),
                    () -> status(api, "/actuator/health/readiness") == HttpStatus.OK);
            AppInstance.await(
                    "steps recorded again",
                    Duration.ofSeconds(15),
                    () -> acknowledged.size() >= acknowledgedDuringOutage + 5);
            running.set(false);
            writer.join();

            assertThat(failures).as("requests without an answer").isEmpty();
            assertThat(refusals)
                    .as("steps refused while the database was away")
                    .isNotEmpty()
                    .allSatisfy(code -> assertThat(code).isEqualTo(503));
            var jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(database.url(), database.username(), database.password()));
            for (var step : acknowledged) {
                var payload = jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                        String.class,
                        step.caseId(),
                        step.version());
                assertThat(payload)
                        .as("acknowledged step " + step)
                        .singleElement()
                        .asString()
                        .contains(step.note());
            }
            var last = jdbc.queryForObject(
                    "SELECT max(sequence_number) FROM domain_event_entry " + "WHERE aggregate_identifier = ?",
                    Long.class,
                    caseId);
            assertThat(api.caseAtVersion(caseId, last).get("notes")).hasSize((int) (long) last);
            List<Long> sequences = jdbc.queryForList(
                    "SELECT sequence_number FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                    Long.class,
                    caseId);
            assertThat(sequences).hasSize((int) (last + 1));
        }
    }

    private static HttpStatus status(ApiClient api, String path) {
        return HttpStatus.valueOf(api.get(path).getStatusCode().value());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
