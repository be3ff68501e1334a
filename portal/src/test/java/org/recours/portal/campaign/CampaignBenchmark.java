package org.recours.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Not part of the test run (no Test/IT suffix). Prints the campaign figures of issue 17 for {@code benchmark.members}
 * member cases (default 1,000; the target is 10,000): adding the suggested cases in actions of 1,000, the
 * campaign's API view p50/p99, the collective export's duration and the process's peak RSS while it runs (this JVM
 * holds the test too). Run with:
 * <pre>
 * ./mvnw -B -o -pl portal -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=CampaignBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dbenchmark.members=1000
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CampaignBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 1000);

    @LocalServerPort
    int port;

    @Test
    void aCampaignOfManyMembers() throws Exception {
        var api = new ApiClient(port);
        var facts = "Publicités imposées dans Prime Video, série "
                + UUID.randomUUID().toString().substring(0, 8);
        var cases = new ArrayList<String>(MEMBERS);
        long began = System.nanoTime();
        for (int i = 0; i < MEMBERS; i++) {
            var filed = api.post("/api/cases", PrimeVideoCase.complaint("ADS_IN_PAID_SUBSCRIPTION", "35.88", facts));
            assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            cases.add(api.json(filed).get("caseId").asString());
        }
        api.caseAtVersion(cases.get(cases.size() - 1), 0);
        print("filed %d cases in %d ms", MEMBERS, millis(began));

        var campaign = api.json(api.post(
                        "/api/campaigns",
                        PrimeVideoAdsCampaign.opening()
                                .replace(
                                        "Publicités dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois",
                                        facts)))
                .get("campaignId")
                .asString();
        api.awaitOk("/api/campaigns/" + campaign);
        var mine = new HashSet<>(cases);
        int joined = 0;
        while (joined < MEMBERS) {
            var suggested = api.json(api.get("/api/campaigns/" + campaign + "/suggestions?limit=1000"))
                    .valueStream()
                    .map(s -> s.get("caseId").asString())
                    .filter(mine::contains)
                    .toList();
            assertThat(suggested).as("suggestions left").isNotEmpty();
            long start = System.nanoTime();
            var added = api.json(api.post(
                    "/api/campaigns/" + campaign + "/members",
                    "{\"caseIds\": ["
                            + String.join(
                                    ",",
                                    suggested.stream()
                                            .map(id -> "\"" + id + "\"")
                                            .toList()) + "]}"));
            joined += added.get("joined").size();
            print(
                    "added %d suggested cases in one action in %d ms (target for 1,000: < 10 s)",
                    suggested.size(), millis(start));
            awaitMembers(api, campaign, joined);
        }
        began = System.nanoTime();
        for (var caseId : cases) {
            api.post(
                    "/api/campaigns/" + campaign + "/members/" + caseId + "/consent",
                    PrimeVideoAdsCampaign.consent(PrimeVideoCase.today()));
        }
        print("recorded %d consents in %d ms", MEMBERS, millis(began));
        awaitExportable(api, campaign, MEMBERS);

        var latencies = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            assertThat(api.get("/api/campaigns/" + campaign).getStatusCode()).isEqualTo(HttpStatus.OK);
            latencies.add(System.nanoTime() - start);
        }
        latencies.sort(null);
        print(
                "campaign view (GET /api/campaigns/{id}, %d members): p50 %d ms, p99 %d ms (target p99 < 200 ms)",
                MEMBERS,
                latencies.get(latencies.size() / 2) / 1_000_000,
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1_000_000);

        long rssBefore = rssKb();
        began = System.nanoTime();
        var started = api.post("/api/campaigns/" + campaign + "/exports", null);
        var progress = started.getHeaders().getLocation().toString();
        long peak = rssBefore;
        JsonNode state = api.json(api.get(progress));
        while (!state.get("status").asString().equals("DONE")) {
            assertThat(state.get("status").asString()).isNotEqualTo("FAILED");
            peak = Math.max(peak, rssKb());
            Thread.sleep(200);
            state = api.json(api.get(progress));
        }
        var zip = api.download(progress + "/collective-file.zip").getBody();
        print(
                "collective export of %d members in %d ms, ZIP %d MB; RSS %d MB before, peak %d MB during "
                        + "(target 10,000 members < 5 min, RSS < 600 MB)",
                MEMBERS, millis(began), zip.length / 1_000_000, rssBefore / 1024, peak / 1024);
    }

    private static void awaitMembers(ApiClient api, String campaign, int members) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (api.json(api.get("/api/campaigns/" + campaign)).get("members").size() < members) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void awaitExportable(ApiClient api, String campaign, int members) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (api.json(api.get("/api/campaigns/" + campaign)).get("exportable").asInt() < members) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static long rssKb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1L);
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void print(String format, Object... arguments) {
        System.out.printf("[benchmark] " + format + "%n", arguments);
    }
}
