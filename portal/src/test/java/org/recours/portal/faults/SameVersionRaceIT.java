package org.recours.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many clients send a step to one case at the same moment, all with the same expected version (If-Match): in every
 * round exactly one is recorded, every other one is answered 409 with a problem, and the store holds one new event
 * per round, the winner's. The losers leave nothing behind, not even a deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class SameVersionRaceIT {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * One program floods one case with 200 concurrent writes: its writes queue behind one another (a few 503s with
     * Retry-After are its deliberate overload), and meanwhile another account's reads and writes are all answered.
     */
    @Test
    void oneAccountFloodingACaseLeavesTheConnectionPoolToOthers() throws Exception {
        var flooder = org.recours.portal.web.StaffFixtures.client(port, "inondation", "paris-11", "STAFF");
        var other = org.recours.portal.web.StaffFixtures.client(port, "voisine", "paris-11", "STAFF");
        var caseId = flooder.json(flooder.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var flood = Executors.newFixedThreadPool(200);
        var floodStatuses = new java.util.concurrent.ConcurrentHashMap<Integer, Integer>();
        var otherStatuses = new java.util.TreeMap<Integer, Integer>();
        var mostAwaiting = new java.util.concurrent.atomic.AtomicInteger();
        var mostActive = new java.util.concurrent.atomic.AtomicInteger();
        try {
            var start = new CountDownLatch(1);
            var writes = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 200; i++) {
                var text = "note " + i;
                writes.add(flood.submit(() -> {
                    start.await();
                    var status = flooder.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text))
                            .getStatusCode()
                            .value();
                    floodStatuses.merge(status, 1, Integer::sum);
                    return status;
                }));
            }
            var pool = ((com.zaxxer.hikari.HikariDataSource) jdbc.getDataSource()).getHikariPoolMXBean();
            var sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
            var sampler = new Thread(() -> {
                while (sampling.get()) {
                    mostAwaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                    mostActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            start.countDown();
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                otherStatuses.merge(other.get("/api/cases").getStatusCode().value(), 1, Integer::sum);
                otherStatuses.merge(
                        other.post("/api/cases", PrimeVideoCase.complaint())
                                .getStatusCode()
                                .value(),
                        1,
                        Integer::sum);
            }
            for (var write : writes) {
                write.get();
            }
            sampling.set(false);
            sampler.join();
        } finally {
            flood.shutdownNow();
        }
        System.out.printf(
                "[faults] one account's 200 concurrent writes on one case: %s; another account meanwhile: "
                        + "%s; connections in use at most %d of %d, requests waiting for one at most %d%n",
                new java.util.TreeMap<>(floodStatuses),
                otherStatuses,
                mostActive.get(),
                ((com.zaxxer.hikari.HikariDataSource) jdbc.getDataSource()).getMaximumPoolSize(),
                mostAwaiting.get());
        assertThat(otherStatuses.keySet()).as("the other account is answered").allMatch(status -> status < 300);
        assertThat(floodStatuses.keySet())
                .as("the flood: recorded, or 503 with Retry-After, nothing else")
                .allMatch(status -> status == 200 || status == 503);
        assertThat(floodStatuses.getOrDefault(200, 0)).isGreaterThan(0);
    }

    @Test
    void ofManySameVersionStepsExactlyOneIsRecordedAndTheOthersAreAnswered409() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        int sent = 0;
        int acknowledged = 0;
        int conflicts = 0;
        var others = new ArrayList<String>();
        var winners = new ArrayList<String>();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (long version = 0; version < ROUNDS; version++) {
                var ifMatch = "\"" + version + "\"";
                var start = new CountDownLatch(1);
                List<Callable<Answer>> calls = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    var marker = "round " + version + " client " + client;
                    boolean supportContact = client % 2 == 1;
                    calls.add(() -> {
                        start.await();
                        var response = supportContact
                                ? api.post("/api/cases/" + caseId + "/support-contacts", ifMatch, """
                                        {"channel": "PHONE", "contactedOn": "%s", "ticketReference": "T-1",
                                         "summary": "%s", "outcome": "Sans suite"}""".formatted(
                                                PrimeVideoCase.today().minusDays(1), marker))
                                : api.post("/api/cases/" + caseId + "/notes", ifMatch, PrimeVideoCase.note(marker));
                        return new Answer(marker, response);
                    });
                }
                var futures = calls.stream().map(pool::submit).toList();
                start.countDown();
                int winnersThisRound = 0;
                for (var future : futures) {
                    var answer = future.get();
                    sent++;
                    var status = answer.response().getStatusCode().value();
                    if (status == 200) {
                        acknowledged++;
                        winnersThisRound++;
                        winners.add(answer.marker());
                        assertThat(api.json(answer.response()).get("version").asLong())
                                .isEqualTo(version + 1);
                    } else if (status == 409
                            && "application/problem+json"
                                    .equals(String.valueOf(
                                            answer.response().getHeaders().getContentType()))
                            && api.json(answer.response())
                                    .get("type")
                                    .asString()
                                    .equals("/problems/version-conflict")) {
                        conflicts++;
                    } else {
                        others.add(status + " " + answer.response().getBody());
                    }
                }
                assertThat(winnersThisRound)
                        .as("steps recorded in round " + version)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        var stored = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number > 0 ORDER BY sequence_number",
                String.class,
                caseId);
        System.out.printf(
                "[faults] same-version race: %d commands sent (%d clients x %d rounds), %d acknowledged, "
                        + "%d answered 409, %d other answers; %d events found after the filing%n",
                sent, CLIENTS, ROUNDS, acknowledged, conflicts, others.size(), stored.size());

        assertThat(others)
                .as("answers other than 200 or a 409 version-conflict problem")
                .isEmpty();
        assertThat(conflicts).isEqualTo(ROUNDS * (CLIENTS - 1));
        assertThat(stored).hasSize(ROUNDS);
        for (int i = 0; i < ROUNDS; i++) {
            assertThat(stored.get(i)).as("event %d is the winner's", i + 1).contains(winners.get(i));
        }
        var lastContact = winners.stream().anyMatch(marker -> Integer.parseInt(marker.replaceAll(".* ", "")) % 2 == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') " + "LIKE ?",
                        Integer.class,
                        "%" + caseId + "%"))
                .as("one support follow-up at most, the last winning contact's")
                .isEqualTo(lastContact ? 1 : 0);
        assertThat(api.caseAtVersion(caseId, ROUNDS).get("version").asLong()).isEqualTo(ROUNDS);
    }

    record Answer(String marker, ResponseEntity<String> response) {}
}
