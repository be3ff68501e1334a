package org.recours.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of the case list and search with the seeded cases: each request of a fixed set, one client, {@code requests}
 * times after 10 unmeasured, as the administrator (every branch) and as a staff member (their branch); then 4 clients
 * cycling through all of them for 20 s, with the application's memory during that load.
 */
final class ListLatency {

    private record Scenario(String name, String query, boolean asStaff) {}

    private final ScaleBenchmark.Http http;
    private final String staffToken;
    private final String url;
    private final String user;
    private final String password;
    private final int requests;

    ListLatency(ScaleBenchmark.Http http, String staffToken, String url, String user, String password, int requests) {
        this.http = http;
        this.staffToken = staffToken;
        this.url = url;
        this.user = user;
        this.password = password;
        this.requests = requests;
    }

    void run(RecoursProcess app) throws Exception {
        var scenarios = scenarios();
        System.out.printf(
                "%n## Case list and search (%d requests each, one client, after 10 unmeasured; page size 25)%n%n",
                requests);
        System.out.println(
                "| request | API `/api/cases` p50 / p99 / max ms | page `/cases` p50 / p99 / max ms | cases found |");
        System.out.println("|---|---|---|---|");
        for (var scenario : scenarios) {
            var api = measure("/api/cases" + scenario.query(), scenario.asStaff(), requests);
            var page = measure("/cases" + scenario.query(), scenario.asStaff(), requests);
            System.out.printf("| %s | %s | %s | %s |%n", scenario.name(), api.describe(), page.describe(), api.total);
        }

        var cpu = new CpuMeter(app.process.pid());
        var before = cpu.snapshot();
        var all = new ArrayList<Latencies>();
        var count = new AtomicLong();
        var peak = new AtomicLong(app.residentMiB());
        var start = new CountDownLatch(1);
        long end = System.nanoTime() + 20_000_000_000L;
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < 4; c++) {
            var latencies = new Latencies();
            all.add(latencies);
            int first = c;
            var thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = first; System.nanoTime() < end; i++) {
                        var scenario = scenarios.get(i % scenarios.size());
                        var path = (i / scenarios.size() % 2 == 0 ? "/api/cases" : "/cases") + scenario.query();
                        long t0 = System.nanoTime();
                        var response = http.get(path, scenario.asStaff() ? staffToken : http.token);
                        latencies.add(System.nanoTime() - t0);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        String heapUnderLoad = "?";
        while (System.nanoTime() < end) {
            Thread.sleep(2000);
            peak.accumulateAndGet(app.residentMiB(), Math::max);
            if (System.nanoTime() > end - 6_000_000_000L && heapUnderLoad.equals("?")) {
                heapUnderLoad = http.metric("jvm.memory.used", "area:heap");
            }
        }
        for (var thread : threads) {
            thread.join();
        }
        var usage = cpu.since(before);
        var merged = Latencies.merge(all);
        System.out.printf(
                "%n4 clients, every request above in turn (API and page alternately), 20 s: %.0f requests/s, p50 %s ms, "
                        + "p99 %s ms, max %s ms; %s%n",
                count.get() / 20.0,
                Latencies.ms(merged.percentileMillis(50)),
                Latencies.ms(merged.percentileMillis(99)),
                Latencies.ms(merged.maxMillis()),
                usage.describe());
        System.out.printf(
                "- memory under that load: RSS up to %d MiB, heap used %s MiB (late in the phase); after it: RSS %d MiB%n",
                peak.get(), heapUnderLoad, app.residentMiB());
    }

    private record Measured(Latencies latencies, String total) {
        String describe() {
            return Latencies.ms(latencies.percentileMillis(50)) + " / " + Latencies.ms(latencies.percentileMillis(99))
                    + " / " + Latencies.ms(latencies.maxMillis());
        }
    }

    private Measured measure(String path, boolean asStaff, int n) throws Exception {
        var token = asStaff ? staffToken : http.token;
        String total = "?";
        for (int i = 0; i < 10; i++) {
            var response = http.get(path, token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            var matcher = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(response.body());
            if (matcher.find()) {
                total = String.format("%,d", Long.parseLong(matcher.group(1)));
            }
        }
        var latencies = new Latencies();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            http.get(path, token);
            latencies.add(System.nanoTime() - t0);
        }
        return new Measured(Latencies.merge(List.of(latencies)), total);
    }

    private List<Scenario> scenarios() throws Exception {
        Map<String, String> sample = new LinkedHashMap<>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            for (var query : new String[] {
                "SELECT case_id FROM case_file ORDER BY case_id OFFSET (SELECT count(*) / 3 FROM case_file) LIMIT 1",
                "SELECT company_id FROM case_file GROUP BY company_id ORDER BY count(*) DESC LIMIT 1",
                "SELECT company_id FROM case_file GROUP BY company_id ORDER BY count(*) LIMIT 1",
                "SELECT filed_by FROM case_file GROUP BY filed_by ORDER BY count(*) DESC LIMIT 1",
                "SELECT full_name FROM consumer_personal_data ORDER BY consumer_id LIMIT 1"
            }) {
                try (var rows = statement.executeQuery(query)) {
                    rows.next();
                    sample.put(query, rows.getString(1));
                }
            }
        }
        var values = new ArrayList<>(sample.values());
        var caseId = values.get(0);
        var bigCompany = values.get(1);
        var smallCompany = values.get(2);
        var busyStaff = values.get(3);
        var name = values.get(4);
        var lastName = name.substring(name.indexOf(' ') + 1);
        return List.of(
                new Scenario("all cases, first page", "", false),
                new Scenario("all cases, page 100", "?page=100", false),
                new Scenario("all cases, page 2,000 (offset 50,000)", "?page=2000", false),
                new Scenario("status IN_MEDIATION", "?status=IN_MEDIATION", false),
                new Scenario("status CLOSED, page 500", "?status=CLOSED&page=500", false),
                new Scenario("company " + bigCompany + " (most cases)", "?company=" + bigCompany, false),
                new Scenario(
                        "company " + smallCompany + " (fewest) + category",
                        "?company=" + smallCompany + "&category=OTHER",
                        false),
                new Scenario(
                        "category EXTRA_CHARGES + status LETTER_SENT",
                        "?category=EXTRA_CHARGES&status=LETTER_SENT",
                        false),
                new Scenario("filed by " + busyStaff, "?staff=" + busyStaff, false),
                new Scenario("branch lyon-3", "?branch=lyon-3", false),
                new Scenario("deadline OVERDUE", "?deadline=OVERDUE", false),
                new Scenario("deadline DUE_THIS_WEEK", "?deadline=DUE_THIS_WEEK", false),
                new Scenario("search: reference " + caseId, "?q=" + caseId, false),
                new Scenario("search: consumer \"" + name + "\"", "?q=" + encode(name), false),
                new Scenario("search: surname \"" + lastName + "\"", "?q=" + encode(lastName), false),
                new Scenario("search: words \"bagage perdu\"", "?q=" + encode("bagage perdu"), false),
                new Scenario("search: word \"remboursement\" (in most cases)", "?q=remboursement", false),
                new Scenario("search: no match \"zzyzx\"", "?q=zzyzx", false),
                new Scenario("staff lyon-3-agent-1: own branch, first page", "", true),
                new Scenario("staff: own branch, OVERDUE", "?deadline=OVERDUE", true),
                new Scenario("staff: own branch, search \"" + lastName + "\"", "?q=" + encode(lastName), true));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
