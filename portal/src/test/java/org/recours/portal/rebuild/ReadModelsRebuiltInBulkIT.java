package org.recours.portal.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.recours.platform.rebuild.ReadModelsRebuiltInBulk;
import org.recours.portal.ApiClient;
import org.recours.portal.evidence.EvidenceScenario;
import org.recours.portal.parked.ParkedEventRows;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.casefile.CaseFileProjection;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read models without a token are rebuilt from the event store in bulk, case after case, before their processors
 * start (issue 7, rebuild rate): the same rows as the processors write, to the byte; tokens at the head; the
 * processors then go on with new steps, each applied once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "recours.processing.bulk-rebuild.min-events=1")
@UsesOwnPostgres
class ReadModelsRebuiltInBulkIT {

    private static final List<String> PROCESSORS =
            List.of(CaseFileProjection.PROCESSING_GROUP, AuditTrailProjection.PROCESSING_GROUP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModelsRebuiltInBulk rebuild;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactions;

    @Test
    void readModelsWithoutTokensAreRebuiltInBulkAsTheProcessorsWroteThemAndTheProcessorsGoOnFromTheHead() {
        var api = new ApiClient(port);
        var inMediation = EvidenceScenario.primeVideoCaseInMediation(api);
        var justFiled = EvidenceScenario.fileCase(api);
        var closed = EvidenceScenario.fileCase(api);
        note(api, closed, "Appel du consommateur");
        ok(api.post("/api/cases/" + closed + "/closure", """
                {"resolution": "RESOLVED", "amountObtained": 12.50, "summary": "Remboursé d'un mois"}"""));
        var events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        awaitReadModelsHolding(events);
        var caseFiles = caseFileRows();
        var auditTrail = auditRows();

        stopProcessors();
        jdbc.update("DELETE FROM token_entry WHERE processor_name IN ('case-files', 'audit-trail')");
        jdbc.update("DELETE FROM case_file");
        jdbc.execute("TRUNCATE TABLE audit_entry");
        ParkedEventRows.park(jdbc, "before-the-rebuild", "audit-trail", justFiled);

        var vacuumsBefore = vacuums();
        var outcome = rebuild.rebuildIfNeeded();

        assertThat(outcome.processors()).containsExactlyInAnyOrderElementsOf(PROCESSORS);
        assertThat(outcome.steps()).isEqualTo(events);
        assertThat(outcome.cases()).isEqualTo(3);
        assertThat(caseFileRows()).isEqualTo(caseFiles);
        assertThat(auditRows()).isEqualTo(auditTrail);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'audit-trail'", Long.class))
                .as("events parked before are in the rebuild: forgotten")
                .isZero();
        assertThat(vacuums())
                .as("vacuumed: the list's index-only scans need not read the rows")
                .isEqualTo(vacuumsBefore + 2);
        var head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        for (var processor : PROCESSORS) {
            assertThat(jdbc.queryForList(
                            "SELECT segment FROM token_entry WHERE processor_name = ? ORDER BY segment",
                            Integer.class,
                            processor))
                    .as(processor)
                    .containsExactly(0, 1, 2, 3);
            var positions = transactions.fetchInTransaction(() -> java.util.Arrays.stream(
                            tokenStore.fetchSegments(processor))
                    .mapToObj(segment ->
                            tokenStore.fetchToken(processor, segment).position().orElseThrow())
                    .toList());
            assertThat(positions).as(processor).containsOnly(head);
        }

        assertThat(rebuild.rebuildIfNeeded().processors())
                .as("tokens found: nothing to rebuild")
                .isEmpty();
        assertThat(caseFileRows()).isEqualTo(caseFiles);

        startProcessors();
        note(api, justFiled, "Relance par téléphone");
        var history = api.awaitHistory(justFiled, 2);
        api.caseAtVersion(justFiled, 1);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("previousHash").asString())
                .isEqualTo(history.get(0).get("hash").asString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class))
                .isEqualTo(events + 1);
        assertThat(api.json(api.get("/api/cases/" + inMediation)).get("status").asString())
                .isEqualTo("IN_MEDIATION");
    }

    @Test
    void aStoreSmallerThanTheThresholdIsLeftToTheProcessors() {
        var small = new ReadModelsRebuiltInBulk(
                jdbc.getDataSource(),
                null,
                tokenStore,
                transactions,
                List.of(new NeverRebuilt("a-processor-without-token")),
                4,
                Long.MAX_VALUE,
                10);

        assertThat(small.rebuildIfNeeded().processors()).isEmpty();
    }

    private record NeverRebuilt(String processingGroup) implements org.recours.query.rebuild.RebuildableProjection {
        @Override
        public List<String> tables() {
            return List.of();
        }

        @Override
        public void clear() {
            throw new AssertionError("cleared below the threshold");
        }

        @Override
        public void rebuild(List<List<org.recours.query.rebuild.RecordedStep>> cases) {
            throw new AssertionError("rebuilt below the threshold");
        }
    }

    private long vacuums() {
        return jdbc.queryForObject("""
                SELECT sum(vacuum_count) FROM pg_stat_user_tables
                 WHERE relname IN ('case_file', 'audit_entry') AND schemaname = current_schema()""", Long.class);
    }

    private void note(ApiClient api, String caseId, String text) {
        ok(api.post("/api/cases/" + caseId + "/notes", "{\"text\": \"" + text + "\"}"));
    }

    private static void ok(org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void awaitReadModelsHolding(long events) {
        var deadline = System.nanoTime() + 15_000_000_000L;
        while (jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class) < events
                || jdbc.queryForObject("SELECT coalesce(sum(version + 1), 0) FROM case_file", Long.class) < events) {
            assertThat(System.nanoTime())
                    .as("read models caught up within 15 s")
                    .isLessThan(deadline);
            sleep();
        }
    }

    private void stopProcessors() {
        PROCESSORS.forEach(name -> processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow()
                .shutDown());
    }

    private void startProcessors() {
        PROCESSORS.forEach(name -> processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow()
                .start());
    }

    private List<Map<String, Object>> caseFileRows() {
        return jdbc.queryForList("SELECT * FROM case_file ORDER BY case_id");
    }

    private List<Map<String, Object>> auditRows() {
        return jdbc.queryForList("SELECT * FROM audit_entry ORDER BY case_id, position");
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
