package org.recours.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.recours.testing.casefile.ReferenceCase;

/**
 * Issue 7, benchmark 3: how long a case of 10, 1,000 and 10,000 events takes to load, with and without snapshots, and
 * to export (PDF, JSON, signed bundle). Run by
 * {@code ./mvnw -B -o -pl bench -am verify -Pbench-case-load -DskipTests} (docs/performance.md).
 *
 * <p>The cases are built over HTTP by the packaged application itself (file, support contact, formal letter, then
 * notes and support contacts in turn) up to {@code bench.http-events} events (1,000); a larger case is then extended
 * in SQL with copies of its own notes and support contacts as the application stored them (same payload, metadata and
 * types; the next sequence numbers, new event ids), and the application's projections build their rows from those
 * events as from any other (the benchmark waits for them). The aggregate's load is measured on the command path: a note added to the case loads it from the
 * event store (no aggregate cache), decides, appends one event and commits; the same note on the 10-event case gives
 * the cost of everything but the load. Once with snapshots (the default threshold; the snapshots taken while the cases
 * were built), once without (snapshots deleted, the application restarted with {@code recours.snapshot.threshold=0}).
 */
public final class CaseLoadBenchmark {

    private final String server = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("bench.db.user", "postgres");
    private final String password = System.getProperty("bench.db.password", "");
    private final List<Integer> sizes = Workload.parseClients(System.getProperty("bench.case-sizes", "10,1000,10000"));
    private final int repeats = Integer.parseInt(System.getProperty("bench.repeats", "15"));
    private final int httpEvents = Integer.parseInt(System.getProperty("bench.http-events", "1000"));
    private final boolean keepDatabase = Boolean.parseBoolean(System.getProperty("bench.keep-db", "false"));
    private final Path jar = Path.of(System.getProperty("bench.jar", "portal/target/recours.jar"));
    private final Path work = Path.of(System.getProperty("bench.work", "bench/target/case-load-run"));
    private final List<String> appArgs = BenchRun.words(System.getProperty("bench.app-args", ""));
    private final List<String> appJvmArgs = BenchRun.words(System.getProperty("bench.app-jvm-args", ""));
    private final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    private String databaseUrl;
    private String token;

    public static void main(String[] args) throws Exception {
        var benchmark = new CaseLoadBenchmark();
        BenchRun.reportingTo(benchmark.work, benchmark::run);
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        var database = "recours_caseload_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100, 0xfff));
        databaseUrl = server + database;
        var random = new byte[12];
        ThreadLocalRandom.current().nextBytes(random);
        token = "rct_bench-" + HexFormat.of().formatHex(random);
        System.out.println("\n# Recours benchmark: case load and export (issue 7, benchmark 3)\n");
        System.out.println(Machine.describe(server, user, password));
        System.out.println("- load average at start: " + Machine.loadAverage()
                + " (the machine is shared: other engineers' builds and tests may run at the same time)");
        System.out.println("- application settings beyond the defaults: " + (appArgs.isEmpty() ? "none" : appArgs)
                + "; JVM options: " + (appJvmArgs.isEmpty() ? "none (default heap)" : appJvmArgs));
        admin(server + "postgres", "CREATE DATABASE " + database);
        try {
            Map<Integer, String> cases;
            var withSnapshots = new LinkedHashMap<Integer, double[]>();
            var withoutSnapshots = new LinkedHashMap<Integer, double[]>();
            var exports = new LinkedHashMap<Integer, String>();
            try (var app = start(List.of())) {
                cases = build(app);
                for (var entry : cases.entrySet()) {
                    withSnapshots.put(entry.getKey(), commandTimes(app, entry.getValue()));
                }
                for (var entry : cases.entrySet()) {
                    exports.put(entry.getKey(), exports(app, entry.getValue()));
                }
            }
            System.out.println("- case-file projection after the first part: " + caseFileVersions());
            System.out.printf(
                    "- snapshots stored while building and measuring: %s; deleted for the next part%n",
                    scalar(
                            "SELECT count(*) || ' (sequence numbers ' || coalesce(string_agg(sequence_number::text, ', '"
                                    + " ORDER BY aggregate_identifier, sequence_number), '') || ')' FROM snapshot_event_entry"));
            update("DELETE FROM snapshot_event_entry");
            try (var app = start(List.of("--recours.snapshot.threshold=0"))) {
                for (var entry : cases.entrySet()) {
                    withoutSnapshots.put(entry.getKey(), commandTimes(app, entry.getValue()));
                }
            }
            System.out.println("- case-file projection after the second part: " + caseFileVersions());
            report(cases, withSnapshots, withoutSnapshots, exports);
            System.out.printf(
                    "%n- load average at the end: %s; total run %.0f s%n",
                    Machine.loadAverage(), (System.nanoTime() - began) / 1e9);
        } finally {
            if (keepDatabase) {
                System.out.println("- database kept: " + databaseUrl);
            } else {
                admin(server + "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private RecoursProcess start(List<String> extraArgs) throws IOException, InterruptedException {
        var args = new ArrayList<>(extraArgs);
        args.addAll(appArgs);
        long at = System.nanoTime();
        var app = RecoursProcess.start(jar, work, databaseUrl, user, password, token, appJvmArgs, args);
        System.out.printf(
                "- application started (%s), ready in %.1f s%n",
                args.isEmpty() ? "defaults" : args, (System.nanoTime() - at) / 1e9);
        return app;
    }

    /** One case per size, built in parallel (one client each) over HTTP; then waits for the projections. */
    private Map<Integer, String> build(RecoursProcess app) throws Exception {
        long at = System.nanoTime();
        var pool = Executors.newFixedThreadPool(sizes.size());
        var futures = new ArrayList<java.util.concurrent.Future<String>>();
        for (int size : sizes) {
            futures.add(pool.submit((Callable<String>) () -> buildCase(app.port, Math.min(size, httpEvents))));
        }
        var cases = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < sizes.size(); i++) {
            cases.put(sizes.get(i), futures.get(i).get());
        }
        pool.shutdown();
        long events =
                sizes.stream().mapToLong(size -> Math.min(size, httpEvents)).sum();
        System.out.printf(
                "- cases built over HTTP: %d events in %.0f s (one client per case)%n",
                events, (System.nanoTime() - at) / 1e9);
        at = System.nanoTime();
        for (var entry : cases.entrySet()) {
            if (entry.getKey() > httpEvents) {
                extend(entry.getValue(), httpEvents, entry.getKey());
                System.out.printf(
                        "- %s extended from %,d to %,d events in SQL%n", entry.getValue(), httpEvents, entry.getKey());
            }
        }
        for (var entry : cases.entrySet()) {
            awaitProjections(entry.getValue(), entry.getKey());
        }
        System.out.printf(
                "- audit trail caught up %.1f s after the last event; case-file projection then: %s%n",
                (System.nanoTime() - at) / 1e9, caseFileVersions());
        return cases;
    }

    private String buildCase(int port, int events) throws Exception {
        var api = new Api(port, token);
        var filed = expect(
                api.post(
                        "/api/cases",
                        null,
                        Workload.filing(ReferenceCase.CAMILLE).json()),
                "filing");
        var caseId = Api.field(filed.body(), "caseId");
        for (long version = 1; version < events; version++) {
            String path;
            String body;
            if (version == 2) {
                path = "/letters";
                body = """
                        {"addressee": "Amazon Digital France SAS", "sentOn": "%s",
                         "method": "REGISTERED_WITH_ACKNOWLEDGEMENT", "trackingNumber": "1A 123 456 7890 1"}
                        """.formatted(today);
            } else if (version % 2 == 1) {
                path = "/support-contacts";
                body = """
                        {"channel": "CHAT", "contactedOn": "%s", "ticketReference": "D-%d",
                         "summary": "Demande de retrait des publicités", "outcome": "Refus"}
                        """.formatted(today, 4400 + version);
            } else {
                path = "/notes";
                body = note(version);
            }
            expect(api.post("/api/cases/" + caseId + path, Long.toString(version - 1), body), path);
        }
        return caseId;
    }

    /** Copies of the case's steps after its letter (notes and support contacts), one transaction. */
    private void extend(String caseId, int from, int to) throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, user, password);
                var insert = connection.prepareStatement("""
                     INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                     meta_data, payload, payload_revision, payload_type, time_stamp)
                     SELECT e.aggregate_identifier, s.n, e.type, gen_random_uuid()::text, e.meta_data, e.payload,
                            e.payload_revision, e.payload_type, e.time_stamp
                       FROM generate_series(?, ?) s(n)
                       JOIN domain_event_entry e ON e.aggregate_identifier = ? AND e.sequence_number = 3 + (s.n - 3) % (? - 3)
                      ORDER BY s.n""")) {
            insert.setInt(1, from);
            insert.setInt(2, to - 1);
            insert.setString(3, caseId);
            insert.setInt(4, from);
            insert.executeUpdate();
        }
    }

    /**
     * The exports read the audit trail: waits until it has every event of the case. The case-file projection is
     * reported, not awaited: it rewrites the case's whole document per event, so that a 10,000-event case keeps it busy
     * for minutes (docs/performance.md).
     */
    private void awaitProjections(String caseId, int events) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            var audit = Long.parseLong(scalar("SELECT count(*) FROM audit_entry WHERE case_id = '" + caseId + "'"));
            if (audit >= events) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the audit trail did not catch up with " + caseId);
    }

    private String caseFileVersions() throws SQLException {
        return scalar("SELECT string_agg(case_id || ' at version ' || version, ', ' ORDER BY case_id) FROM case_file");
    }

    /** Milliseconds of {@code repeats} notes on the case, one after the other, after two unmeasured ones. */
    private double[] commandTimes(RecoursProcess app, String caseId) throws Exception {
        var api = new Api(app.port, token);
        var times = new double[repeats];
        for (int i = -2; i < repeats; i++) {
            long sent = System.nanoTime();
            expect(api.post("/api/cases/" + caseId + "/notes", null, note(1_000_000 + i)), "note");
            if (i >= 0) {
                times[i] = (System.nanoTime() - sent) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** Median and slowest of {@code repeats} downloads of each export, after two unmeasured ones; and its size. */
    private String exports(RecoursProcess app, String caseId) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var cells = new ArrayList<String>();
        for (var export : List.of("export.pdf", "export.json", "evidence-bundle.zip")) {
            var request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port + "/api/cases/" + caseId + "/" + export))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token)
                    .build();
            var times = new double[repeats];
            long bytes = 0;
            for (int i = -2; i < repeats; i++) {
                long sent = System.nanoTime();
                var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(export + " of " + caseId + " → " + response.statusCode());
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - sent) / 1e6;
                }
                bytes = response.body().length;
            }
            Arrays.sort(times);
            cells.add(Latencies.ms(median(times)) + " / " + Latencies.ms(times[times.length - 1]) + " ("
                    + kiloBytes(bytes) + ")");
        }
        return String.join(" | ", cells);
    }

    private void report(
            Map<Integer, String> cases,
            Map<Integer, double[]> with,
            Map<Integer, double[]> without,
            Map<Integer, String> exports) {
        double baseWith = median(with.get(sizes.get(0)));
        double baseWithout = median(without.get(sizes.get(0)));
        System.out.printf(
                "%n## Aggregate load on the command path (a note added to the case; ms, median / slowest of "
                        + "%d, one client)%n%n",
                repeats);
        System.out.println("| case | events | with snapshots | load beyond the " + sizes.get(0) + "-event case "
                + "| without snapshots | load beyond the " + sizes.get(0) + "-event case |");
        System.out.println("|---|---|---|---|---|---|");
        for (var entry : cases.entrySet()) {
            var w = with.get(entry.getKey());
            var wo = without.get(entry.getKey());
            System.out.printf(
                    "| %s | %,d | %s / %s | %s | %s / %s | %s |%n",
                    entry.getValue(),
                    entry.getKey(),
                    Latencies.ms(median(w)),
                    Latencies.ms(w[w.length - 1]),
                    Latencies.ms(median(w) - baseWith),
                    Latencies.ms(median(wo)),
                    Latencies.ms(wo[wo.length - 1]),
                    Latencies.ms(median(wo) - baseWithout));
        }
        System.out.printf("%n## Exports over HTTP (ms, median / slowest of %d, one client; size)%n%n", repeats);
        System.out.println("| case | events | `export.pdf` | `export.json` | `evidence-bundle.zip` |");
        System.out.println("|---|---|---|---|---|");
        for (var entry : cases.entrySet()) {
            System.out.printf("| %s | %,d | %s |%n", entry.getValue(), entry.getKey(), exports.get(entry.getKey()));
        }
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String kiloBytes(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d kB", bytes / 1024);
    }

    private static String note(long step) {
        return "{\"text\": \"Appel du consommateur, étape " + step + " : il relance et joint une capture d'écran.\"}";
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " → " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private String scalar(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, user, password);
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private void update(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, user, password)) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private void admin(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(sql);
        }
    }
}
