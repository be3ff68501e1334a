package org.recours.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.recours.kernel.casefile.Category;
import org.recours.testing.casefile.ReferenceCase;

/**
 * Issue 17: a campaign of {@code bench.members} member cases. Seeds that many open cases sharing the Prime Video
 * advertising grievance with the seeding tool ({@link CaseSeed#sharedGrievance}: events written directly, not filed
 * over HTTP), starts the packaged application on them (it builds its read models from the events), then over HTTP:
 * opens the campaign, adds the suggested cases {@code bench.batch} at a time (each addition one action, timed),
 * records every member's consent, measures the campaign's API view and HTML page (p50/p99), and runs the collective
 * export, sampling the application's resident memory ({@code /proc/<pid>/status}) and the export's progress every
 * second. Run by {@code ./mvnw -B -o -pl bench -am verify -Pbench-campaign -DskipTests} (docs/performance.md).
 */
public final class CampaignScaleBenchmark {

    private static final Pattern CAMPAIGN_ID = Pattern.compile("\"campaignId\":\"([^\"]+)\"");
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"(RC-[^\"]+)\"");

    private final String server = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("bench.db.user", "postgres");
    private final String password = System.getProperty("bench.db.password", "");
    private final int members = Integer.parseInt(System.getProperty("bench.members", "10000"));
    private final int batch = Integer.parseInt(System.getProperty("bench.batch", "1000"));
    private final int requests = Integer.parseInt(System.getProperty("bench.requests", "200"));
    private final int consentClients = Integer.parseInt(System.getProperty("bench.consent-clients", "4"));
    private final long exportTimeout = Long.parseLong(System.getProperty("bench.export-timeout", "1200"));
    private final boolean keepDatabase = Boolean.parseBoolean(System.getProperty("bench.keep-db", "false"));
    private final Path jar = Path.of(System.getProperty("bench.jar", "portal/target/recours.jar"));
    private final Path work = Path.of(System.getProperty("bench.work", "bench/target/bench-campaign"));
    private final List<String> appArgs = BenchRun.words(System.getProperty("bench.app-args", ""));
    private final List<String> appJvmArgs = BenchRun.words(System.getProperty("bench.app-jvm-args", ""));

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String databaseUrl;
    private int port;
    private String token;

    public static void main(String[] args) throws Exception {
        var benchmark = new CampaignScaleBenchmark();
        BenchRun.reportingTo(benchmark.work, benchmark::run);
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        var database = "recours_campaign_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        databaseUrl = server + database;
        System.out.printf("%n# Recours benchmark: a campaign of %,d members (issue 17)%n%n", members);
        System.out.println(Machine.describe(server, user, password));
        System.out.println("- load average at start: " + Machine.loadAverage()
                + " (the machine is shared: other engineers' builds and tests may run at the same time)");
        System.out.println("- application JVM options: " + (appJvmArgs.isEmpty() ? "none (default heap)" : appJvmArgs)
                + "; settings beyond the defaults: " + (appArgs.isEmpty() ? "none" : appArgs));
        token = "rct_bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()))
                + Long.toHexString(System.nanoTime());
        try {
            admin(server + "postgres", "CREATE DATABASE " + database);
            try (var app = RecoursProcess.start(jar, work, databaseUrl, user, password, token, appJvmArgs, appArgs)) {
                System.out.printf(
                        "- empty database migrated by the application; RSS at rest on it: %d MiB%n", app.residentMiB());
            }
            var events = (long) members * 10;
            var seed = CaseSeed.sharedGrievance(
                    members, events, Instant.now(), 20261205L, Category.ADS_IN_PAID_SUBSCRIPTION);
            var counts = seed.load(databaseUrl, user, password);
            System.out.printf(
                    "- seeded %,d open cases against Amazon Prime Video on the ground \"ads in a paid "
                            + "subscription\", %,d events, %,d consumers, in %.0f s (CaseSeed, COPY)%n",
                    counts.cases(), counts.events(), counts.consumers(), counts.seconds());
            admin(databaseUrl, "TRUNCATE case_file, audit_entry");
            admin(databaseUrl, "DELETE FROM token_entry");
            long starting = System.nanoTime();
            try (var app = RecoursProcess.start(jar, work, databaseUrl, user, password, token, appJvmArgs, appArgs)) {
                port = app.port;
                awaitReadModels(counts.cases(), counts.events());
                System.out.printf(
                        "- application (pid %d) ready and its read models built from the events in %.0f s; "
                                + "RSS %d MiB%n",
                        app.process.pid(), (System.nanoTime() - starting) / 1e9, app.residentMiB());
                measure(app);
                System.out.printf(
                        "%n- load average at the end: %s; total run %.0f s%n",
                        Machine.loadAverage(), (System.nanoTime() - began) / 1e9);
            }
        } finally {
            if (keepDatabase) {
                System.out.println("- database kept: " + databaseUrl);
            } else {
                admin(server + "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private void measure(RecoursProcess app) throws Exception {
        var opened = call("POST", "/api/campaigns", """
                {"title": "%s", "companyId": "%s",
                 "targetedEntity": "%s", "ground": "ADS_IN_PAID_SUBSCRIPTION",
                 "breach": "Publicités dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois",
                 "periodFrom": "2024-02-05", "eligibility": "Abonnés à Prime Video avant le 9 avril 2024",
                 "legalGrounds": "Code de la consommation, art. R212-1 3° : modification unilatérale du service"}""".formatted(
                        ReferenceCase.CAMPAIGN_TITLE, ReferenceCase.COMPANY_ID, ReferenceCase.LUXEMBOURG.entity()));
        var matcher = CAMPAIGN_ID.matcher(opened.body());
        if (opened.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException("no campaign: " + opened.statusCode() + " " + opened.body());
        }
        var campaign = "/api/campaigns/" + matcher.group(1);
        while (call("GET", campaign, null).statusCode() != 200) {
            Thread.sleep(100);
        }

        System.out.printf("%n## Adding the suggested cases, %,d in each action%n%n", batch);
        System.out.println("| members before | suggestions (GET, limit " + batch + ") | adding them (POST, one action) "
                + "| joined |");
        System.out.println("|---|---|---|---|");
        int joined = 0;
        var additions = new ArrayList<Double>();
        while (joined < members) {
            long t0 = System.nanoTime();
            var suggested = call("GET", campaign + "/suggestions?limit=" + batch, null);
            double suggesting = (System.nanoTime() - t0) / 1e9;
            var ids = new ArrayList<String>();
            var found = CASE_ID.matcher(suggested.body());
            while (found.find()) {
                ids.add(found.group(1));
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("no suggestion with " + joined + " members: " + suggested.body());
            }
            long t1 = System.nanoTime();
            var added = call("POST", campaign + "/members", "{\"caseIds\": [\"" + String.join("\", \"", ids) + "\"]}");
            double adding = (System.nanoTime() - t1) / 1e9;
            if (added.statusCode() != 200) {
                throw new IllegalStateException("adding answered " + added.statusCode() + ": " + added.body());
            }
            var now = joinedCount(added.body());
            System.out.printf("| %,d | %.2f s | **%.1f s** | %,d |%n", joined, suggesting, adding, now);
            additions.add(adding);
            joined += now;
            awaitMembers(campaign, joined);
        }
        System.out.printf(
                "%nSlowest addition of %,d: %.1f s (target < 10 s); load average %s%n",
                batch, additions.stream().mapToDouble(Double::doubleValue).max().orElse(0), Machine.loadAverage());

        consents(campaign);

        System.out.printf(
                "%n## The campaign with %,d members: %d requests each, one client, after 10 unmeasured%n%n",
                members, requests);
        System.out.println("| request | p50 / p99 / max ms |");
        System.out.println("|---|---|");
        var staffToken = new ScaleBenchmark.Http(port, token).staffToken("paris-11-agent-1");
        var middle = (members / 100) / 2;
        var page = campaign.replace("/api/campaigns/", "/campaigns/");
        for (var request : List.of(
                new Object[] {
                    "API view `" + shorten(campaign) + "` (figures, dates, first 100 members)", campaign, token
                },
                new Object[] {"API view, page " + middle, campaign + "?page=" + middle, token},
                new Object[] {"HTML page `" + shorten(page) + "` (supervisor)", page, token},
                new Object[] {"HTML page, page " + middle, page + "?page=" + middle, token},
                new Object[] {"HTML page, staff of one branch (other branches' names hidden)", page, staffToken})) {
            System.out.printf("| %s | %s |%n", request[0], latencies((String) request[1], (String) request[2]));
        }
        System.out.println("\nload average: " + Machine.loadAverage());

        export(app, campaign);
    }

    private void consents(String campaign) throws Exception {
        var ids = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(databaseUrl, user, password);
                var rows = connection.createStatement().executeQuery("SELECT case_id FROM campaign_member")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        var lastFailure = new java.util.concurrent.atomic.AtomicReference<String>();
        var version = new AtomicLong();
        long t0 = System.nanoTime();
        var pool = Executors.newFixedThreadPool(consentClients);
        try {
            for (int c = 0; c < consentClients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        try {
                            var response = call(
                                    "POST",
                                    campaign + "/members/" + ids.get(i) + "/consent",
                                    "{\"givenOn\": \"" + LocalDate.now() + "\", \"channel\": \"EMAIL\"}");
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                                lastFailure.set(response.statusCode() + " " + response.body());
                            } else {
                                var at = Pattern.compile("\"version\":(\\d+)").matcher(response.body());
                                if (at.find()) {
                                    version.accumulateAndGet(Long.parseLong(at.group(1)), Math::max);
                                }
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            lastFailure.set(e.toString());
                        }
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        }
        System.out.printf(
                "%n- %,d consents recorded, one request each from %d clients, in %.0f s (%d refused%s)%n",
                ids.size(),
                consentClients,
                (System.nanoTime() - t0) / 1e9,
                failures.get(),
                failures.get() == 0 ? "" : ": " + lastFailure.get());
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (scalar("SELECT count(*) FROM campaign_member WHERE consent_id IS NOT NULL") < ids.size() - failures.get()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private void export(RecoursProcess app, String campaign) throws Exception {
        System.out.printf("%n## The collective export of %,d members%n%n", members);
        var rssBefore = app.residentMiB();
        long t0 = System.nanoTime();
        var started = call("POST", campaign + "/exports", null);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("export answered " + started.statusCode() + ": " + started.body());
        }
        var progress = started.headers().firstValue("Location").orElseThrow();
        long peak = rssBefore;
        int polls = 0;
        int moves = 0;
        int lastDone = -1;
        double longestStill = 0;
        long lastMove = System.nanoTime();
        String status = "RUNNING";
        var samples = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(exportTimeout).toNanos();
        long nextSample = 0;
        while (status.equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            var rss = app.residentMiB();
            peak = Math.max(peak, rss);
            var body = call("GET", progress, null).body();
            polls++;
            status = field(body, "status");
            var done = Integer.parseInt(field(body, "membersDone"));
            long now = System.nanoTime();
            if (done != lastDone) {
                moves++;
                longestStill = Math.max(longestStill, (now - lastMove) / 1e9);
                lastMove = now;
                lastDone = done;
            }
            if (now >= nextSample) {
                samples.append(String.format(
                        "| %.0f s | %,d / %s | %d MiB |%n", (now - t0) / 1e9, done, field(body, "members"), rss));
                nextSample = now + Duration.ofSeconds(15).toNanos();
            }
        }
        var seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println("| since start | progress (members done) | application RSS |");
        System.out.println("|---|---|---|");
        System.out.print(samples);
        var size = scalar("SELECT coalesce(sum(length(content)), 0) FROM campaign_export_chunk");
        System.out.printf(
                "%n- export %s after **%.0f s** (target < 300 s), %,.0f MB written (ZIP, CSV, XLSX); "
                        + "progress read %d times, seen moving %d times, never still for more than %.0f s%n",
                status, seconds, size / 1e6, polls, moves, longestStill);
        System.out.printf(
                "- application RSS: %d MiB before, **peak %d MiB** during the export (target < 600 MiB), "
                        + "%d MiB after; load average %s%n",
                rssBefore, peak, app.residentMiB(), Machine.loadAverage());
    }

    private static String shorten(String path) {
        return path.replaceAll("CP-[A-Z0-9-]+", "{id}");
    }

    private String latencies(String path, String bearer) throws Exception {
        for (int i = 0; i < 10; i++) {
            var response = get(path, bearer);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        var latencies = new Latencies();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            get(path, bearer);
            latencies.add(System.nanoTime() - t0);
        }
        var sorted = Latencies.merge(List.of(latencies));
        return Latencies.ms(sorted.percentileMillis(50)) + " / **" + Latencies.ms(sorted.percentileMillis(99)) + "** / "
                + Latencies.ms(sorted.maxMillis());
    }

    private static int joinedCount(String body) {
        int start = body.indexOf("\"joined\":[");
        if (start < 0) {
            return 0;
        }
        var joined = body.substring(start, body.indexOf(']', start));
        return (int) Pattern.compile("\"RC-").matcher(joined).results().count();
    }

    private static String field(String body, String name) {
        var matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(body);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private void awaitMembers(String campaign, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (scalar("SELECT count(*) FROM campaign_member WHERE left_on IS NULL") < count
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private void awaitReadModels(long cases, long events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while ((scalar("SELECT count(*) FROM case_file") < cases || scalar("SELECT count(*) FROM audit_entry") < events)
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + bearer)
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(300));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
}
