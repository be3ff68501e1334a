package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.query.evidence.BundleVerifier;
import org.recours.query.evidence.SigningKey;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Issue 19 (Low): twelve concurrent bundle exports of a case with 240 MB of attachments made eight fail with
 * OutOfMemoryError. Bundles are streamed from the database to the client, and at most two are written at a time:
 * the others wait briefly, then are told to come back (503, a problem body and Retry-After). Every bundle that is
 * served verifies.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "recours.export.max-concurrent-bundles=2",
            "recours.export.bundle-queue-wait=200ms",
            "recours.export.bundle-retry-after=7s"
        })
@UsesPostgres
class BundleExportUnderLoadIT {

    private static final int DOCUMENTS = 12;
    private static final int MEGABYTES_EACH = 20;
    private static final int CONCURRENT_EXPORTS = 12;

    @LocalServerPort
    int port;

    @Autowired
    SigningKey signingKey;

    @Autowired
    AuditTrailTable auditTrail;

    @Test
    void concurrentExportsOfACaseWith240MegabytesOfDocumentsAreStreamedAndBounded(@TempDir Path dir) throws Exception {
        var api = new ApiClient(port);
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        var random = new Random(19);
        long version = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            var content = new byte[MEGABYTES_EACH * 1024 * 1024 - 1024];
            random.nextBytes(content);
            System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
            var attached =
                    api.upload("/api/cases/" + caseId + "/evidence", "releve-" + i + ".pdf", content, "Relevé " + i);
            assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.CREATED);
            version = api.json(attached).get("version").asLong();
        }
        api.caseAtVersion(caseId, version);
        EvidenceScenario.awaitHistory(auditTrail, caseId, version);

        var http = HttpClient.newHttpClient();
        var outcomes = new ArrayList<CompletableFuture<HttpResponse<Path>>>();
        var pool = Executors.newFixedThreadPool(CONCURRENT_EXPORTS);
        try {
            for (int i = 0; i < CONCURRENT_EXPORTS; i++) {
                var target = dir.resolve("bundle-" + i + ".zip");
                outcomes.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases/"
                                                        + caseId + "/evidence-bundle.zip"))
                                                .header("Authorization", "Bearer " + api.token())
                                                .build(),
                                        HttpResponse.BodyHandlers.ofFile(target));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }

        int served = 0;
        int refused = 0;
        for (var outcome : outcomes) {
            var response = outcome.join();
            if (response.statusCode() == 200) {
                served++;
                assertThat(Files.size(response.body())).isGreaterThan((long) DOCUMENTS * MEGABYTES_EACH * 1_000_000);
                var report = BundleVerifier.verify(response.body(), signingKey.certificate());
                assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
            } else {
                refused++;
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(Files.readString(response.body())).contains("bundle-exports-busy");
            }
            Files.deleteIfExists(response.body());
        }
        System.out.printf(
                "[bundle-exports] %d concurrent exports of a %d MB case: %d served, %d answered 503%n",
                CONCURRENT_EXPORTS, DOCUMENTS * MEGABYTES_EACH, served, refused);
        assertThat(served).isGreaterThanOrEqualTo(2);
        assertThat(served + refused).isEqualTo(CONCURRENT_EXPORTS);
        assertThat(refused).isPositive();
    }
}
