package org.recours.bench;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 7, benchmarks 1 and 2: command throughput over HTTP beside PostgreSQL's raw single-row insert rate, and
 * projection lag under load. Starts the packaged application on a database of its own, prints the machine and the
 * figures as Markdown. Run by {@code ./mvnw -B -o -pl bench -am verify -Pbench -DskipTests} (docs/performance.md).
 */
public final class CommandBenchmark {

    private final String server = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("bench.db.user", "postgres");
    private final String password = System.getProperty("bench.db.password", "");
    private final List<Integer> clientCounts = Workload.parseClients(System.getProperty("bench.clients", "1,8,32"));
    private final double warmup = Double.parseDouble(System.getProperty("bench.warmup", "3"));
    private final double duration = Double.parseDouble(System.getProperty("bench.duration", "20"));
    private final double rawDuration = Double.parseDouble(System.getProperty("bench.raw-duration", "8"));
    private final double lagDuration = Double.parseDouble(System.getProperty("bench.lag-duration", "20"));
    private final boolean supportContacts = Boolean.parseBoolean(System.getProperty("bench.support-contacts", "true"));
    private final boolean keepDatabase = Boolean.parseBoolean(System.getProperty("bench.keep-db", "false"));
    private final Path jar = Path.of(System.getProperty("bench.jar", "portal/target/recours.jar"));
    private final Path work = Path.of(System.getProperty("bench.work", "bench/target/bench-run"));
    private final List<String> appArgs = BenchRun.words(System.getProperty("bench.app-args", ""));
    private final List<String> appJvmArgs = BenchRun.words(System.getProperty("bench.app-jvm-args", ""));
    private final boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "false"));

    private String database;
    private String databaseUrl;
    private final List<Workload.Result> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        var benchmark = new CommandBenchmark();
        BenchRun.reportingTo(benchmark.work, benchmark::run);
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        database = "recours_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100, 0xfff));
        databaseUrl = server + database;
        System.out.println(
                "\n# Recours benchmark: command throughput and projection lag (issue 7, benchmarks 1 and 2)\n");
        System.out.println(Machine.describe(server, user, password));
        System.out.println("- load average at start: " + Machine.loadAverage()
                + " (the machine is shared: other engineers' builds and tests may run at the same time)");
        admin("CREATE DATABASE " + database);
        var token = "rct_bench-" + HexFormat.of().formatHex(randomBytes());
        var recording = work.toAbsolutePath().resolve(database + ".jfr");
        var jvmArgs = new ArrayList<>(appJvmArgs);
        if (profile) {
            jvmArgs.addAll(JfrProfile.jvmOptions(recording));
        }
        try {
            long startAt = System.nanoTime();
            try (var app = RecoursProcess.start(jar, work, databaseUrl, user, password, token, jvmArgs, appArgs)) {
                System.out.printf(
                        "- application: %s as a process of its own (pid %d), ready in %.1f s, RSS at rest %d MiB%n",
                        jar.getFileName(), app.process.pid(), (System.nanoTime() - startAt) / 1e9, app.residentMiB());
                System.out.println("- application settings beyond the defaults: "
                        + (appArgs.isEmpty() ? "none" : appArgs)
                        + "; JVM options: " + (jvmArgs.isEmpty() ? "none (the launcher's defaults)" : jvmArgs)
                        + "; JVM: " + RecoursProcess.javaCommand() + " ("
                        + Machine.javaVersion(RecoursProcess.javaCommand()) + ")");
                System.out.println(
                        "- database: " + databaseUrl + " (fresh, created for this run); application log: " + app.log);
                measure(app, token);
                System.out.printf(
                        "%n- RSS of the application after the load: %d MiB; load average at the end: %s; total run %.0f s%n",
                        app.residentMiB(), Machine.loadAverage(), (System.nanoTime() - began) / 1e9);
            }
            if (profile) {
                printProfile(recording);
            }
        } finally {
            if (keepDatabase) {
                System.out.println("- database kept: " + databaseUrl);
            } else {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private void measure(RecoursProcess app, String token) throws Exception {
        var accounting = new DbAccount(databaseUrl, user, password);
        var cpu = new CpuMeter(app.process.pid(), accounting::backends);
        var load = new Workload(app.port, token, supportContacts);
        var serverTimes = new ServerTimes(app.port, token);
        System.out.println("- statements counted from: " + accounting.prepare());

        // the branch the workload's cases are filed at (a fresh database has none)
        var branch = new Api(app.port, token).post("/api/admin/branches", null, """
                {"code": "paris-11", "name": "Paris 11e", "address": "1 rue de la Roquette", "city": "Paris"}""");
        if (branch.statusCode() != 201 && branch.statusCode() != 409) {
            throw new IllegalStateException(
                    "could not create the branch paris-11: " + branch.statusCode() + " " + branch.body());
        }

        // warm-up: JIT, connection pools, and events whose size the raw inserts copy
        var warm = load.run(8, 8, 0.001, cpu, ack -> {});
        if (!warm.errors().isEmpty()) {
            throw new IllegalStateException(
                    "errors during the warm-up: " + warm.errors() + "; first: " + warm.firstError());
        }
        int payloadBytes;
        int metaDataBytes;
        try (var connection = DriverManager.getConnection(databaseUrl, user, password);
                var sizes = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT avg(length(payload)), avg(length(meta_data)), count(*) FROM domain_event_entry")) {
            sizes.next();
            payloadBytes = (int) Math.round(sizes.getDouble(1));
            metaDataBytes = (int) Math.round(sizes.getDouble(2));
            System.out.printf(
                    "- warm-up: 8 clients for 8 s, %d events stored, average payload %d bytes, metadata %d bytes%n",
                    sizes.getLong(3), payloadBytes, metaDataBytes);
        }

        // planner statistics, as autovacuum would have them on a server in service: without them (this machine's
        // server runs with autovacuum off) the processors' event stream query that names gaps reads the whole
        // event table (docs/performance.md, "Issue 20, where the CPU goes")
        admin(databaseUrl, "ANALYZE");
        System.out.println("- ANALYZE of the benchmark's database after the warm-up (planner statistics, as autovacuum "
                + "would keep them)");

        // the physical limit, while the application idles
        var raw = new RawInserts(databaseUrl, user, password, payloadBytes, metaDataBytes);
        raw.createTable();
        var rawResults = new ArrayList<RawInserts.Result>();
        for (int connections : List.of(1, 8)) {
            rawResults.add(raw.run(connections, 1, rawDuration, cpu));
        }
        admin(databaseUrl, "DROP TABLE raw_event_entry");

        // command throughput
        var perCommand = new ArrayList<String>();
        var accounts = new ArrayList<List<String>>();
        for (int clients : clientCounts) {
            var acks = new AtomicLong();
            var before = accounting.snapshot();
            var timesBefore = serverTimes.snapshot();
            var result = load.run(clients, warmup, duration, cpu, ack -> acks.incrementAndGet());
            var timesAfter = serverTimes.snapshot();
            var after = accounting.snapshot();
            results.add(result);
            perCommand.add(String.format(
                    "%.2f events, %.1f transactions | %d → %d",
                    (after.events() - before.events()) / (double) acks.get(),
                    (after.database().get("xact_commit") - before.database().get("xact_commit")) / (double) acks.get(),
                    before.deadlines(),
                    after.deadlines()));
            var account = new ArrayList<String>();
            account.add(String.format(
                    "- CPU per command, ms: application %s",
                    result.cpu()
                            .perCommand(result.perSecond())
                            .replaceFirst(" / ", " / PostgreSQL, all processes ")
                            .replace("(", "(the benchmark database's backends ")));
            account.addAll(
                    ServerTimes.split(timesBefore, timesAfter, result.all().meanMillis(), acks.get()));
            account.add("");
            account.addAll(result.cpu().appByThreadKind(result.perSecond()));
            account.add("");
            account.addAll(DbAccount.perCommand(before, after, acks.get()));
            accounts.add(account);
        }

        // projection lag under the 8-client load, sampled by two pollers beside it
        var caseProbe = new LagProbe(LagProbe.View.CASE, app.port, token);
        var historyProbe = new LagProbe(LagProbe.View.HISTORY, app.port, token);
        caseProbe.start(20);
        historyProbe.start(20);
        var lagLoad = load.run(8, warmup, lagDuration, cpu, ack -> {
            caseProbe.offer(ack);
            historyProbe.offer(ack);
        });
        caseProbe.stop();
        historyProbe.stop();

        report(rawResults, results, perCommand, lagLoad, List.of(caseProbe, historyProbe));
        for (int i = 0; i < results.size(); i++) {
            System.out.printf(
                    "%n## A command accounted for, %d clients (acknowledged commands, measured window; "
                            + "processors, deadlines and schedulers included)%n%n",
                    results.get(i).clients());
            accounts.get(i).forEach(System.out::println);
        }
    }

    /** Where each measured window's application CPU went, by kind of thread and layer (with {@code bench.profile}). */
    private void printProfile(Path recording) throws java.io.IOException {
        for (var result : results) {
            System.out.printf(
                    "%n## The application's CPU by layer, %d clients (Java Flight Recorder's execution samples in the measured window; %s)%n",
                    result.clients(), recording);
            var samples =
                    JfrProfile.read(recording, result.cpu().from(), result.cpu().to());
            JfrProfile.report(samples, result.cpu().appCoresByThreadKind(), result.perSecond())
                    .forEach(System.out::println);
        }
    }

    private void report(
            List<RawInserts.Result> raw,
            List<Workload.Result> results,
            List<String> perCommand,
            Workload.Result lagLoad,
            List<LagProbe> probes) {
        System.out.println("\n## Physical limit: single-row INSERTs into a copy of domain_event_entry (autocommit)\n");
        System.out.println("| connections | inserts/s | p50 ms | p99 ms | CPU |");
        System.out.println("|---|---|---|---|---|");
        for (int i = 0; i < raw.size(); i++) {
            var r = raw.get(i);
            System.out.printf(
                    "| %d | %.0f | %s | %s | %s |%n",
                    r.connections(),
                    r.perSecond(),
                    Latencies.ms(r.latencies().percentileMillis(50)),
                    Latencies.ms(r.latencies().percentileMillis(99)),
                    r.cpu().describe());
        }
        double raw8 = raw.get(raw.size() - 1).perSecond();
        double raw1 = raw.get(0).perSecond();

        System.out.printf(
                "%n## Commands over HTTP (%.0f s measured after %.0f s warm-up per row; each client files a case, then %d steps on it: %s)%n%n",
                duration,
                warmup,
                Workload.STEPS_PER_CASE,
                supportContacts ? "support contacts and notes in turn" : "notes");
        System.out.println(
                "| clients | commands/s | ÷ raw inserts/s (1 client: 1 connection, else 8) | p50 ms | p99 ms | max ms | filing p50/p99 ms | note p50/p99 ms | support contact p50/p99 ms | per command: events, database transactions | scheduled deadlines before → after | errors | CPU |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            double limit = r.clients() == 1 ? raw1 : raw8;
            System.out.printf(
                    "| %d | %.0f | %.0f %% | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s | %s | %s |%n",
                    r.clients(),
                    r.perSecond(),
                    100 * r.perSecond() / limit,
                    Latencies.ms(r.all().percentileMillis(50)),
                    Latencies.ms(r.all().percentileMillis(99)),
                    Latencies.ms(r.all().maxMillis()),
                    Latencies.ms(r.filing().percentileMillis(50)),
                    Latencies.ms(r.filing().percentileMillis(99)),
                    Latencies.ms(r.notes().percentileMillis(50)),
                    Latencies.ms(r.notes().percentileMillis(99)),
                    Latencies.ms(r.supportContacts().percentileMillis(50)),
                    Latencies.ms(r.supportContacts().percentileMillis(99)),
                    perCommand.get(i),
                    r.errors().isEmpty() ? "0" : r.errors().toString(),
                    r.cpu().describe());
            if (r.firstError() != null) {
                System.out.println("  first error: " + r.firstError());
            }
        }

        System.out.printf(
                "%n## Projection lag under %d clients (%.0f s; %.0f commands/s, p99 %s ms while probed)%n%n",
                lagLoad.clients(),
                lagDuration,
                lagLoad.perSecond(),
                Latencies.ms(lagLoad.all().percentileMillis(99)));
        System.out.println(
                "| read model | samples | lag p50 ms | lag p99 ms | lag max ms | not seen within 10 s | one poll p50/p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (var probe : probes) {
            var lags = Latencies.merge(List.of(probe.lags));
            var polls = Latencies.merge(List.of(probe.polls));
            System.out.printf(
                    "| %s | %d | %s | %s | %s | %d | %s / %s |%n",
                    probe.view.label,
                    lags.count(),
                    Latencies.ms(lags.percentileMillis(50)),
                    Latencies.ms(lags.percentileMillis(99)),
                    Latencies.ms(lags.maxMillis()),
                    probe.neverSeen,
                    Latencies.ms(polls.percentileMillis(50)),
                    Latencies.ms(polls.percentileMillis(99)));
        }
        if (!lagLoad.errors().isEmpty()) {
            System.out.println(
                    "  errors under the lag probe: " + lagLoad.errors() + "; first: " + lagLoad.firstError());
        }

        var eight = results.stream().filter(r -> r.clients() == 8).findFirst();
        eight.ifPresent(r -> System.out.printf(
                "%nIssue 20 goals with 8 clients: %.0f commands/s (≥ 1,000), p99 %s ms (< 25 ms), CPU per command application / PostgreSQL (database's backends) %s ms (≤ 1.2 / 0.7); "
                        + "DESIGN: commands/s ÷ raw inserts/s = %.0f %% (target ≥ 35 %%); projection lag p99 %s / %s ms (target < 100 ms)%n",
                r.perSecond(),
                Latencies.ms(r.all().percentileMillis(99)),
                r.cpu().perCommand(r.perSecond()),
                100 * r.perSecond() / raw8,
                Latencies.ms(Latencies.merge(List.of(probes.get(0).lags)).percentileMillis(99)),
                Latencies.ms(Latencies.merge(List.of(probes.get(1).lags)).percentileMillis(99))));
    }

    private void admin(String sql) throws SQLException {
        admin(server + "postgres", sql);
    }

    private void admin(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(sql);
        }
    }

    private static byte[] randomBytes() {
        var bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
