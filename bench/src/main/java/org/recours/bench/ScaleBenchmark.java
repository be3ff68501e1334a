package org.recours.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Issue 7, benchmarks 2 (rebuild) and 4 (scale): seeds a fresh database with {@code bench.cases} cases and
 * {@code bench.events} events ({@link CaseSeed}), starts the packaged application on it with empty read models and
 * measures how fast its processors build every projection from the event store, then the latency of the case list
 * and search (API and page) and the application's memory at rest and under load. Run by
 * {@code ./mvnw -B -o -pl bench -am verify -Pbench-scale -DskipTests} (docs/performance.md).
 */
public final class ScaleBenchmark {

    private static final Pattern INDEX = Pattern.compile("\"index\":(\\d+)");

    private final String server = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("bench.db.user", "postgres");
    private final String password = System.getProperty("bench.db.password", "");
    private final int cases = Integer.parseInt(System.getProperty("bench.cases", "100000"));
    private final long events = Long.parseLong(System.getProperty("bench.events", "2000000"));
    private final long rebuildTimeout = Long.parseLong(System.getProperty("bench.rebuild-timeout", "1800"));
    private final int requests = Integer.parseInt(System.getProperty("bench.requests", "200"));
    private final boolean keepDatabase = Boolean.parseBoolean(System.getProperty("bench.keep-db", "false"));
    private final String reuseDatabase = System.getProperty("bench.reuse-db", "");
    private final boolean rebuild = !"seed".equals(System.getProperty("bench.read-models", "app"));
    private final long rebuildWindow = Long.parseLong(System.getProperty("bench.rebuild-window", "0"));
    private final Path jar = Path.of(System.getProperty("bench.jar", "portal/target/recours.jar"));
    private final Path work = Path.of(System.getProperty("bench.work", "bench/target/bench-scale"));
    private final List<String> appArgs = BenchRun.words(System.getProperty("bench.app-args", ""));
    private final List<String> appJvmArgs = BenchRun.words(System.getProperty("bench.app-jvm-args", ""));

    private String databaseUrl;

    public static void main(String[] args) throws Exception {
        var benchmark = new ScaleBenchmark();
        BenchRun.reportingTo(benchmark.work, benchmark::run);
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        var reuse = !reuseDatabase.isBlank();
        var database = reuse
                ? reuseDatabase
                : "recours_scale_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        databaseUrl = server + database;
        System.out.println("\n# Recours benchmark: rebuild rate and scale (issue 7, benchmarks 2 and 4)\n");
        System.out.println(Machine.describe(server, user, password));
        System.out.println("- load average at start: " + Machine.loadAverage()
                + " (the machine is shared: other engineers' builds and tests may run at the same time)");
        System.out.println("- application settings beyond the defaults: " + (appArgs.isEmpty() ? "none" : appArgs)
                + "; JVM options: " + (appJvmArgs.isEmpty() ? "none (default heap)" : appJvmArgs));
        var token = "rct_bench-" + HexFormat.of().formatHex(randomBytes());
        CaseSeed seed = null;
        try {
            if (!reuse) {
                admin(server + "postgres", "CREATE DATABASE " + database);
                try (var app =
                        RecoursProcess.start(jar, work, databaseUrl, user, password, token, appJvmArgs, appArgs)) {
                    System.out.printf(
                            "- empty database migrated by the application; RSS at rest on it: %d MiB%n",
                            app.residentMiB());
                }
                seed = new CaseSeed(cases, events, Instant.now(), 20261125L);
                var counts = seed.load(databaseUrl, user, password);
                System.out.printf(
                        "- seeded %,d cases, %,d events, %,d consumers in the vault, %d companies, %d staff members in %.0f s "
                                + "(COPY; no scheduled deadlines, no evidence documents); load average %s%n",
                        counts.cases(),
                        counts.events(),
                        counts.consumers(),
                        counts.companies(),
                        counts.staff(),
                        counts.seconds(),
                        Machine.loadAverage());
            }
            var storeSize = scalar("SELECT count(*) FROM domain_event_entry");
            var head = scalar("SELECT max(global_index) FROM domain_event_entry");
            var caseCount = scalar(
                    "SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry WHERE sequence_number = 0");
            System.out.printf(
                    "- database: %s, %,d events of %,d cases (global index up to %,d)%n",
                    databaseUrl, storeSize, caseCount, head);

            admin(databaseUrl, "TRUNCATE case_file, audit_entry");
            if (rebuild) {
                // every projection from the first event: no tokens (the reminders automation then starts at the head:
                // the events of the past are not mailed), empty read models
                admin(databaseUrl, "DELETE FROM token_entry");
            } else {
                if (seed == null) {
                    seed = CaseSeed.of(databaseUrl, user, password);
                }
                long projecting = System.nanoTime();
                seed.projectCaseFiles(databaseUrl, user, password);
                System.out.printf(
                        "- read models: case files written by the case-files projection's own classes in the benchmark's "
                                + "JVM in %.0f s (bench.read-models=seed; no rebuild measured, audit trail left empty, processors' "
                                + "tokens at the head)%n",
                        (System.nanoTime() - projecting) / 1e9);
            }
            var progress = new RebuildProgress(databaseUrl, user, password, head, List.of("case-files", "audit-trail"));
            var cpuBefore = new long[1];
            long startAt = System.nanoTime();
            if (rebuild) {
                progress.start();
            }
            try (var app = RecoursProcess.start(jar, work, databaseUrl, user, password, token, appJvmArgs, appArgs)) {
                System.out.printf(
                        "- application %s (pid %d) ready in %.1f s%n",
                        jar.getFileName(), app.process.pid(), (System.nanoTime() - startAt) / 1e9);
                if (rebuild) {
                    cpuBefore[0] = CpuTicks.of(app.process.pid());
                    reportBulkRebuild(cpuBefore[0]);
                    long window = rebuildWindow > 0 ? rebuildWindow : rebuildTimeout;
                    var done = progress.await(Duration.ofSeconds(window));
                    long cpu = CpuTicks.of(app.process.pid()) - cpuBefore[0];
                    progress.report(storeSize, startAt);
                    System.out.printf(
                            "%nApplication CPU from ready to the end of the measurement: %.1f s; load average %s%n",
                            cpu / 100.0, Machine.loadAverage());
                    if (!done) {
                        System.out.println(
                                "\n**The rebuild did not finish within " + window + " s: no scale figures.**");
                        return;
                    }
                    checkReadModels(storeSize, caseCount);
                }
                admin(databaseUrl, "ANALYZE case_file");
                admin(databaseUrl, "ANALYZE audit_entry");
                Thread.sleep(5000);
                var http = new Http(app.port, token);
                System.out.printf(
                        "%n- memory at rest with the read models built: RSS %d MiB, heap used %s MiB, non-heap %s MiB%n",
                        app.residentMiB(),
                        http.metric("jvm.memory.used", "area:heap"),
                        http.metric("jvm.memory.used", "area:nonheap"));
                var staffToken = http.staffToken("lyon-3-agent-1");
                new ListLatency(http, staffToken, databaseUrl, user, password, requests).run(app);
                System.out.printf(
                        "%n- load average at the end: %s; total run %.0f s%n",
                        Machine.loadAverage(), (System.nanoTime() - began) / 1e9);
            }
        } finally {
            if (keepDatabase || reuse) {
                System.out.println("- database kept: " + databaseUrl);
            } else {
                admin(server + "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static final Pattern BULK =
            Pattern.compile("Rebuilt (\\[.*\\]) from (\\d+) events of (\\d+) cases in ([\\d.]+) s");

    /** The application's own account of a rebuild in bulk, done before it was ready (its log). */
    private void reportBulkRebuild(long cpuTicksAtReady) throws Exception {
        var log = work.resolve("recours.log");
        var matcher = BULK.matcher(java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "");
        if (!matcher.find()) {
            System.out.println("- no rebuild in bulk at start (processors replay the events one by one)");
            return;
        }
        long steps = Long.parseLong(matcher.group(2));
        double seconds = Double.parseDouble(matcher.group(4));
        System.out.printf(
                "%n## Rebuild in bulk at start: %s from %,d events of %,d cases in %.1f s: **%,.0f events/s** "
                        + "(each projection writes every event); application CPU from launch to ready (JVM start included) "
                        + "%.1f s, %.0f µs per event; load average %s%n",
                matcher.group(1),
                steps,
                Long.parseLong(matcher.group(3)),
                seconds,
                steps / seconds,
                cpuTicksAtReady / 100.0,
                cpuTicksAtReady * 10_000.0 / steps,
                Machine.loadAverage());
    }

    private void checkReadModels(long storeSize, long caseCount) throws Exception {
        var files = scalar("SELECT count(*) FROM case_file");
        var applied = scalar("SELECT sum(version + 1) FROM case_file");
        var entries = scalar("SELECT count(*) FROM audit_entry");
        System.out.printf(
                "- read models: %,d case files holding %,d events; %,d audit entries%s%n",
                files,
                applied,
                entries,
                files == caseCount && applied == storeSize && entries == storeSize ? " (complete)" : " (INCOMPLETE)");
    }

    /** Positions of the processors' tokens, sampled every 200 ms from a thread of its own. */
    static final class RebuildProgress extends Thread {
        private final String url;
        private final String user;
        private final String password;
        private final long head;
        private final List<String> processors;
        private final Map<String, long[]> firstSeen = new LinkedHashMap<>(); // {nanos, position}
        private final Map<String, Long> halfway = new LinkedHashMap<>();
        private final Map<String, Long> finished = new LinkedHashMap<>();
        private final Map<String, long[]> lastSeen = new LinkedHashMap<>(); // {nanos, position}
        private volatile boolean stop;

        RebuildProgress(String url, String user, String password, long head, List<String> processors) {
            super("rebuild-progress");
            setDaemon(true);
            this.url = url;
            this.user = user;
            this.password = password;
            this.head = head;
            this.processors = processors;
        }

        @Override
        public void run() {
            while (!stop) {
                try (var connection = DriverManager.getConnection(url, user, password);
                        var statement = connection.prepareStatement(
                                "SELECT processor_name, convert_from(token, 'UTF8') FROM token_entry")) {
                    while (!stop && finished.size() < processors.size()) {
                        var positions = new LinkedHashMap<String, Long>();
                        var segments = new LinkedHashMap<String, Integer>();
                        try (var rows = statement.executeQuery()) {
                            while (rows.next()) {
                                var name = rows.getString(1);
                                long position = position(rows.getString(2));
                                positions.merge(name, position, Math::min);
                                segments.merge(name, 1, Integer::sum);
                            }
                        }
                        long now = System.nanoTime();
                        synchronized (this) {
                            for (var name : processors) {
                                var position = positions.get(name);
                                if (position == null) {
                                    continue;
                                }
                                if (position > 0) {
                                    firstSeen.putIfAbsent(name, new long[] {now, position});
                                    lastSeen.put(name, new long[] {now, position});
                                }
                                if (position >= head / 2) {
                                    halfway.putIfAbsent(name, now);
                                }
                                if (position >= head) {
                                    finished.putIfAbsent(name, now);
                                }
                            }
                            notifyAll();
                        }
                        Thread.sleep(200);
                    }
                    return;
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the token table may not exist yet: try again
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        /** A token's position; of a replay token, where its replay has reached. */
        static long position(String token) {
            if (token == null) {
                return 0;
            }
            int current = token.indexOf("\"currentToken\"");
            if (token.contains("\"tokenAtReset\"")) {
                if (current < 0 || token.startsWith("null", current + "\"currentToken\":".length())) {
                    return 0;
                }
                token = token.substring(current);
            }
            var matcher = INDEX.matcher(token);
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        }

        synchronized boolean await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (finished.size() < processors.size() && System.nanoTime() < deadline) {
                wait(1000);
            }
            stop = true;
            return finished.size() == processors.size();
        }

        synchronized void report(long storeSize, long startAt) {
            System.out.printf("%n## Rebuild: every projection from an empty read model, %,d events%n%n", storeSize);
            System.out.println(
                    "| processor | first token move after start | first half (events/s) | whole store (events/s) | done after start | events/s from first to last token move seen |");
            System.out.println("|---|---|---|---|---|---|");
            for (var name : processors) {
                var first = firstSeen.get(name);
                var half = halfway.get(name);
                var end = finished.get(name);
                var last = lastSeen.get(name);
                System.out.printf(
                        "| %s | %s | %s | %s | %s | %s |%n",
                        name,
                        first == null ? "–" : String.format("%.1f s", (first[0] - startAt) / 1e9),
                        half == null ? "–" : String.format("%,.0f", (head / 2.0) / ((half - startAt) / 1e9)),
                        end == null ? "not done" : String.format("%,.0f", head / ((end - startAt) / 1e9)),
                        end == null ? "–" : String.format("%.0f s", (end - startAt) / 1e9),
                        first == null || last == null || last[0] == first[0]
                                ? "–"
                                : String.format(
                                        "%,.0f (to position %,d)",
                                        (last[1] - first[1]) / ((last[0] - first[0]) / 1e9), last[1]));
            }
            var all = finished.values().stream().mapToLong(Long::longValue).max();
            if (finished.size() == processors.size() && all.isPresent()) {
                System.out.printf(
                        "%nAll projections caught up %.0f s after the application was launched (JVM start "
                                + "included): %,.0f events/s per projection, %,.0f events handled/s in all.%n",
                        (all.getAsLong() - startAt) / 1e9,
                        head / ((all.getAsLong() - startAt) / 1e9),
                        processors.size() * head / ((all.getAsLong() - startAt) / 1e9));
            }
        }
    }

    /** Calls to the running application with a token. */
    static final class Http {
        final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final int port;
        final String token;

        Http(int port, String token) {
            this.port = port;
            this.token = token;
        }

        HttpResponse<String> get(String path, String bearer) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + bearer)
                    .timeout(Duration.ofSeconds(60))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        /** A Micrometer gauge in MiB, e.g. jvm.memory.used with tag area:heap. */
        String metric(String name, String tag) {
            try {
                var body = get(
                                "/actuator/metrics/" + name + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8),
                                token)
                        .body();
                var matcher = Pattern.compile("\"value\":([0-9.E+]+)").matcher(body);
                return matcher.find() ? String.format("%.0f", Double.parseDouble(matcher.group(1)) / 1024 / 1024) : "?";
            } catch (Exception e) {
                return "?";
            }
        }

        /** An API token for a seeded staff member (role STAFF: their branch's cases only). */
        String staffToken(String login) throws Exception {
            var response = post("/api/admin/api-tokens", "{\"name\": \"bench\", \"staffLogin\": \"" + login + "\"}");
            var matcher = Pattern.compile("\"(rct_[^\"]+)\"").matcher(response.body());
            if (!matcher.find()) {
                throw new IllegalStateException(
                        "no token for " + login + ": " + response.statusCode() + " " + response.body());
            }
            return matcher.group(1);
        }
    }

    /** CPU time of a process (user + system), in ticks of 10 ms. */
    static final class CpuTicks {
        static long of(long pid) {
            try {
                var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception e) {
                return 0;
            }
        }
    }

    private long scalar(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(databaseUrl, user, password);
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void admin(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(sql);
        }
    }

    private static byte[] randomBytes() {
        var bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
