package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.casefile.CaseFileProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of Recours on one PostgreSQL, without Axon Server, under concurrent steps sent to both: on the
 * same cases and on different ones. Nothing acknowledged is lost, each case's history has no gap, and each event
 * reaches each projection once, through the instance that holds its segment.
 */
class TwoInstancesIT {

    private static final int THREADS_PER_INSTANCE = 4;
    private static final int STEPS_PER_THREAD = 30;
    private static final int SHARED_CASES = 3;

    record Acknowledged(String caseId, long version, String text) {}

    @TempDir
    Path dataDir;

    @Test
    void twoInstancesShareTheSegmentsAndLoseNoAcknowledgedStepUnderConcurrentCommands() throws Exception {
        try (var database = ScratchDatabase.create("recours_scaleout");
                var a = instance(database, "instance-a");
                var b = instance(database, "instance-b")) {
            var jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(database.url(), database.username(), database.password()));
            AppInstance.await(
                    "each instance holding one segment of each processor",
                    Duration.ofSeconds(20),
                    () -> jdbc.queryForObject(
                                    "SELECT count(DISTINCT processor_name || '/' || owner) FROM token_entry "
                                            + "WHERE owner IS NOT NULL",
                                    Integer.class)
                            == 2
                                    * jdbc.queryForObject(
                                            "SELECT count(DISTINCT processor_name) FROM token_entry", Integer.class));

            var shared = new ArrayList<String>();
            for (int i = 0; i < SHARED_CASES; i++) {
                var filed = a.api.post("/api/cases", PrimeVideoCase.complaint());
                shared.add(a.api.json(filed).get("caseId").asString());
            }
            var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
            var conflicts = new AtomicInteger();
            var unexpected = new ConcurrentLinkedQueue<String>();
            List<Callable<Void>> clients = new ArrayList<>();
            for (var app : List.of(a, b)) {
                for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
                    var client = (app == a ? "a" : "b") + t;
                    clients.add(() -> {
                        var own = app.api
                                .json(app.api.post("/api/cases", PrimeVideoCase.complaint()))
                                .get("caseId")
                                .asString();
                        acknowledged.add(new Acknowledged(own, 0, null));
                        for (int i = 0; i < STEPS_PER_THREAD; i++) {
                            var random = ThreadLocalRandom.current();
                            var caseId = random.nextBoolean() ? shared.get(random.nextInt(SHARED_CASES)) : own;
                            var text = "Note " + client + "-" + i;
                            var response = app.api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text));
                            switch (response.getStatusCode().value()) {
                                case 200 ->
                                    acknowledged.add(new Acknowledged(
                                            caseId,
                                            app.api
                                                    .json(response)
                                                    .get("version")
                                                    .asLong(),
                                            text));
                                case 409 -> conflicts.incrementAndGet();
                                default -> unexpected.add(response.getStatusCode() + " " + response.getBody());
                            }
                        }
                        return null;
                    });
                }
            }
            var pool = Executors.newFixedThreadPool(clients.size());
            long started = System.nanoTime();
            try {
                for (var future : pool.invokeAll(clients)) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "[two-instances] %d steps acknowledged, %d answered 409, in %.1f s: %.0f commands/s%n",
                    acknowledged.size(), conflicts.get(), seconds, (acknowledged.size() + conflicts.get()) / seconds);

            assertThat(unexpected).as("answers other than 200 or 409").isEmpty();
            assertThat(conflicts.get())
                    .as("conflicts are rare: retried before answering 409")
                    .isLessThan(acknowledged.size() / 4);
            theEventStoreHasEveryAcknowledgedStepAndNoGap(jdbc, acknowledged);
            everyEventReachedEachProjectionOnce(jdbc, a, b);
        }
    }

    private static AppInstance instance(ScratchDatabase database, String name) {
        return AppInstance.start(
                database.url(),
                database,
                Path.of(System.getProperty("java.io.tmpdir"), "recours-" + name + "-" + database.name()),
                "recours.processing.node-id=" + name,
                "recours.processing.segments=2",
                "recours.processing.max-claimed-segments=1",
                "recours.processing.token-claim-interval=200ms",
                "recours.processing.claim-timeout=3s");
    }

    private static void theEventStoreHasEveryAcknowledgedStepAndNoGap(
            JdbcTemplate jdbc, ConcurrentLinkedQueue<Acknowledged> acknowledged) {
        var gaps = jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry GROUP BY aggregate_identifier "
                        + "HAVING min(sequence_number) <> 0 OR max(sequence_number) <> count(*) - 1",
                String.class);
        assertThat(gaps).as("cases whose sequence has a gap").isEmpty();
        for (var step : acknowledged) {
            var payload = jdbc.queryForList(
                    "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                    String.class,
                    step.caseId(),
                    step.version());
            assertThat(payload).as("acknowledged " + step).hasSize(1);
            if (step.text() != null) {
                assertThat(payload.get(0)).as("acknowledged " + step).contains(step.text());
            }
        }
        var notesStored = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE " + "'%NoteAdded'", Integer.class);
        assertThat(notesStored).as("no note stored that was not acknowledged").isEqualTo((int)
                acknowledged.stream().filter(step -> step.text() != null).count());
    }

    private static void everyEventReachedEachProjectionOnce(JdbcTemplate jdbc, AppInstance a, AppInstance b) {
        int events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
        AppInstance.await(
                "projections caught up",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject("SELECT count(*) FROM audit_entry", Integer.class) == events
                        && jdbc.queryForObject("""
                        SELECT count(*) FROM case_file f JOIN (SELECT aggregate_identifier, max(sequence_number) AS last
                        FROM domain_event_entry GROUP BY aggregate_identifier) e ON e.aggregate_identifier = f.case_id
                        WHERE f.version = e.last""", Integer.class)
                                == jdbc.queryForObject(
                                        "SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry",
                                        Integer.class));
        for (var processor : List.of(CaseFileProjection.PROCESSING_GROUP, AuditTrailProjection.PROCESSING_GROUP)) {
            double handledByA = handled(a, processor);
            double handledByB = handled(b, processor);
            assertThat(handledByA).as(processor + " on instance a").isPositive();
            assertThat(handledByB).as(processor + " on instance b").isPositive();
            assertThat(handledByA + handledByB)
                    .as(processor + ": events handled by both instances together")
                    .isEqualTo(events);
        }
        var notesInEvents = jdbc.queryForList("SELECT aggregate_identifier, count(*) AS notes FROM domain_event_entry "
                + "WHERE payload_type LIKE '%NoteAdded' GROUP BY aggregate_identifier");
        for (var row : notesInEvents) {
            var caseId = (String) row.get("aggregate_identifier");
            var notes = ((Number) row.get("notes")).intValue();
            assertThat(b.api.json(b.api.get("/api/cases/" + caseId)).get("notes"))
                    .as(caseId)
                    .hasSize(notes);
        }
    }

    private static double handled(AppInstance app, String processor) {
        return app
                .bean(MeterRegistry.class)
                .find("eventProcessor.successCounter")
                .tag("processorName", processor)
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
