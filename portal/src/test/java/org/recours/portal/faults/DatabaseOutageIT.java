package org.recours.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.operations.AppInstance;
import org.recours.portal.operations.ScratchDatabase;
import org.recours.portal.operations.TcpProxy;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL unreachable for 30 seconds under load from several clients. The shared test server must go on serving
 * the other tests, so it is not stopped: the application reaches it through a TCP relay that drops every connection
 * and refuses new ones (its listening socket closed), which is what the application sees of a stopped server. While
 * it lasts every command is answered 503 with a problem and Retry-After, readiness is DOWN and liveness UP; then the
 * application recovers by itself, and nothing acknowledged is lost. About a minute: only with {@code -Pfaults}
 * ({@code ReadinessIT} runs a one-second outage in every build).
 */
@Tag("slow-fault")
class DatabaseOutageIT {

    private static final int CLIENTS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    record Acknowledged(String caseId, long version, String text) {}

    @TempDir
    Path dataDir;

    @Test
    void duringA30SecondOutageCommandsAre503AndAfterItServiceResumesWithNothingAcknowledgedLost() throws Exception {
        try (var database = ScratchDatabase.create("recours_outage");
                var proxy = new TcpProxy(database.host(), database.port());
                var app = AppInstance.start(database.urlThroughPort(proxy.port()), database, dataDir)) {
            var api = app.api;
            var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
            var answers = new ConcurrentHashMap<Integer, AtomicInteger>();
            var wrong = new ConcurrentLinkedQueue<String>();
            var sent = new AtomicInteger();
            var outage = new AtomicBoolean(false);
            var answeredDuringOutage = new ConcurrentHashMap<Integer, AtomicInteger>();
            var running = new AtomicBoolean(true);
            var pool = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                var name = "client " + client;
                pool.submit(() -> {
                    String caseId = null;
                    for (int i = 0; running.get(); i++) {
                        var text = name + " note " + i;
                        boolean duringOutage = outage.get();
                        ResponseEntity<String> response;
                        sent.incrementAndGet();
                        try {
                            response = caseId == null
                                    ? api.post("/api/cases", PrimeVideoCase.complaint())
                                    : api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text));
                        } catch (RuntimeException e) {
                            wrong.add("no answer: " + e);
                            continue;
                        }
                        int status = response.getStatusCode().value();
                        answers.computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                        if (duringOutage && outage.get()) {
                            answeredDuringOutage
                                    .computeIfAbsent(status, s -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                        if (status == 200 || status == 201) {
                            var body = api.json(response);
                            caseId = body.get("caseId").asString();
                            acknowledged.add(new Acknowledged(
                                    caseId, body.get("version").asLong(), status == 201 ? null : text));
                        } else if (status != 503
                                || !"application/problem+json"
                                        .equals(String.valueOf(
                                                response.getHeaders().getContentType()))
                                || response.getHeaders().getFirst("Retry-After") == null) {
                            wrong.add(status + " " + response.getHeaders().getContentType() + " "
                                    + response.getHeaders().getFirst("Retry-After") + " " + response.getBody());
                        }
                        pause(20);
                    }
                    return null;
                });
            }
            AppInstance.await("a load under way", Duration.ofSeconds(30), () -> acknowledged.size() >= 40);

            proxy.cut();
            outage.set(true);
            long cutAt = System.nanoTime();
            AppInstance.await(
                    "readiness DOWN", Duration.ofSeconds(15), () -> status(api, "/actuator/health/readiness") == 503);
            double readinessDownAfter = (System.nanoTime() - cutAt) / 1e9;
            assertThat(status(api, "/actuator/health/liveness"))
                    .as("alive all the same")
                    .isEqualTo(200);
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000));
            outage.set(false);
            proxy.restore();
            long restoredAt = System.nanoTime();
            AppInstance.await(
                    "readiness UP again",
                    Duration.ofSeconds(30),
                    () -> status(api, "/actuator/health/readiness") == 200);
            double readinessUpAfter = (System.nanoTime() - restoredAt) / 1e9;
            int atRestore = acknowledged.size();
            AppInstance.await(
                    "commands acknowledged again", Duration.ofSeconds(30), () -> acknowledged.size() >= atRestore + 20);
            double commandsBackAfter = (System.nanoTime() - restoredAt) / 1e9;
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            var jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(database.url(), database.username(), database.password()));
            var missing = new ArrayList<Acknowledged>();
            for (var step : acknowledged) {
                var found = jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                        String.class,
                        step.caseId(),
                        step.version());
                if (found.size() != 1 || step.text() != null && !found.get(0).contains(step.text())) {
                    missing.add(step);
                }
            }
            int stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
            AppInstance.await(
                    "the case files caught up with the store",
                    Duration.ofSeconds(30),
                    () -> jdbc.queryForList(
                                    "SELECT e.aggregate_identifier FROM (SELECT aggregate_identifier, "
                                            + "max(sequence_number) AS last FROM domain_event_entry GROUP BY aggregate_identifier) e "
                                            + "LEFT JOIN case_file c ON c.case_id = e.aggregate_identifier "
                                            + "WHERE c.version IS DISTINCT FROM e.last",
                                    String.class)
                            .isEmpty());

            System.out.printf(
                    "[faults] PostgreSQL unreachable %d s under %d clients: commands sent %d / "
                            + "acknowledged %d / found afterwards %d (events in the store %d); answers by status %s, "
                            + "to requests sent and answered during the outage %s; readiness DOWN after %.1f s, "
                            + "UP %.1f s after the database returned, commands acknowledged again after %.1f s%n",
                    OUTAGE.toSeconds(),
                    CLIENTS,
                    sent.get(),
                    acknowledged.size(),
                    acknowledged.size() - missing.size(),
                    stored,
                    sorted(answers),
                    sorted(answeredDuringOutage),
                    readinessDownAfter,
                    readinessUpAfter,
                    commandsBackAfter);

            assertThat(wrong)
                    .as("answers other than 2xx or 503 problem with Retry-After, or none")
                    .isEmpty();
            assertThat(answeredDuringOutage)
                    .as("answers while the database was away")
                    .containsOnlyKeys(503);
            assertThat(missing)
                    .as("acknowledged commands not in the event store")
                    .isEmpty();
            assertThat(stored)
                    .as("stored: the acknowledged, and at most those answered 503 mid-commit")
                    .isBetween(acknowledged.size(), sent.get());
        }
    }

    private static Map<Integer, Integer> sorted(Map<Integer, AtomicInteger> counts) {
        var sorted = new TreeMap<Integer, Integer>();
        counts.forEach((status, count) -> sorted.put(status, count.get()));
        return sorted;
    }

    private static int status(ApiClient api, String path) {
        return api.get(path).getStatusCode().value();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
