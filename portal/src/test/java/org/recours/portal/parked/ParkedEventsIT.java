package org.recours.portal.parked;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.security.SignedInSession;
import org.recours.portal.web.StaffFixtures;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

/**
 * A handler of the audit trail that throws never leaves a hole in a case's chain: the event is parked with its case
 * and retried, the other cases go on, and an administrator retries a case that keeps failing once it is fixed. The
 * fault is a handler of the audit trail's own processing group that runs before the projection.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"recours.processing.parked.retry-interval=1s", "recours.processing.parked.max-automatic-retries=2"
        })
@UsesOwnPostgres
@Import(ParkedEventsIT.Faults.class)
class ParkedEventsIT {

    private static final String AUDIT = AuditTrailProjection.PROCESSING_GROUP;

    @LocalServerPort
    int port;

    @Autowired
    FaultyAuditStep faults;

    @Autowired
    ParkedEvents parked;

    @Autowired
    MeterRegistry metrics;

    @Test
    void aHandlerThatThrowsOnceAppliesTheEventAfterTheRetry() {
        var api = new ApiClient(port);
        var caseId = filed(api);
        faults.fail(caseId, 1);

        note(api, caseId, "Appel du 3 novembre");
        note(api, caseId, "Appel du 4 novembre");

        var history = api.awaitHistory(caseId, 3);
        assertThat(history)
                .extracting(entry -> entry.get("summaryFr").asString())
                .containsExactly(
                        history.get(0).get("summaryFr").asString(),
                        "Note : Appel du 3 novembre",
                        "Note : Appel du 4 novembre");
        assertThat(faults.calls(caseId))
                .as("the note failed once, then applied on its retry")
                .isEqualTo(3);
        await(() -> parked.count(AUDIT) == 0);
    }

    @Test
    void aHandlerThatKeepsThrowingParksOnlyItsCaseUntilAnAdministratorRetriesIt() throws Exception {
        var api = new ApiClient(port);
        var failing = filed(api);
        var healthy = filed(api);
        faults.fail(failing, Integer.MAX_VALUE);

        note(api, failing, "Relance 1");
        note(api, failing, "Relance 2");
        note(api, healthy, "Relance 1");

        api.awaitHistory(healthy, 2);
        await(() -> parked.all().stream().anyMatch(c -> c.caseId().equals(failing) && c.attempts() == 3));
        var parkedCase = parked.all().stream()
                .filter(c -> c.caseId().equals(failing))
                .findFirst()
                .orElseThrow();
        assertThat(parkedCase.processingGroup()).isEqualTo(AUDIT);
        assertThat(parkedCase.events())
                .as("the second note waits behind the first")
                .isEqualTo(2);
        assertThat(parkedCase.firstEvent()).isEqualTo("NoteAdded");
        assertThat(parkedCase.cause()).contains("panne simulée");
        assertThat(parked.all()).extracting(ParkedEvents.ParkedCase::caseId).containsExactly(failing);
        Thread.sleep(2_500);
        assertThat(parked.all().get(0).attempts())
                .as("no automatic retry after the last one")
                .isEqualTo(3);
        assertThat(api.json(api.get("/api/cases/" + failing + "/history")))
                .as("no entry after the parked one")
                .hasSize(1);
        assertThat(metrics.get("recours.events.parked")
                        .tag("processingGroup", AUDIT)
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(api.json(api.get("/actuator/health"))
                        .get("components")
                        .get("parkedEvents")
                        .get("status")
                        .asString())
                .isEqualTo("DOWN");

        var stillFailing = api.post("/api/admin/parked-cases/" + AUDIT + "/" + failing + "/retry", null);
        assertThat(api.json(stillFailing).get("applied").asBoolean()).isFalse();
        faults.fail(failing, 0);
        var retried = api.post("/api/admin/parked-cases/" + AUDIT + "/" + failing + "/retry", null);

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.json(retried).get("applied").asBoolean()).isTrue();
        assertThat(api.json(api.get("/api/cases/" + failing + "/history")))
                .extracting(e -> e.get("kind").asString())
                .containsExactly("ComplaintFiled", "NoteAdded", "NoteAdded");
        assertThat(parked.all()).isEmpty();
        assertThat(metrics.get("recours.events.parked")
                        .tag("processingGroup", AUDIT)
                        .gauge()
                        .value())
                .isZero();
        assertThat(api.json(api.get("/actuator/health"))
                        .get("components")
                        .get("parkedEvents")
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        var nothingLeft = api.post("/api/admin/parked-cases/" + AUDIT + "/" + failing + "/retry", null);
        assertThat(nothingLeft.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAdministrationPageListsAParkedCaseAndRetriesIt() throws Exception {
        var api = new ApiClient(port);
        var caseId = filed(api);
        faults.fail(caseId, Integer.MAX_VALUE);
        note(api, caseId, "Relance");
        await(() -> parked.all().stream().anyMatch(c -> c.caseId().equals(caseId) && c.attempts() == 3));
        var session = new SignedInSession(port, "ines", StaffFixtures.account(port, "ines", "siege", "ADMINISTRATOR"));

        var page = session.get("/admin/evenements-en-attente").body();
        assertThat(page).contains(caseId, "Historique de preuve", "NoteAdded", "panne simulée", "Relancer");

        faults.fail(caseId, 0);
        var retry = session.submit("/admin/evenements-en-attente/" + AUDIT + "/" + caseId + "/relance", "x=1", true);
        assertThat(retry.statusCode()).isEqualTo(302);
        assertThat(session.get("/admin/evenements-en-attente").body())
                .contains("Les étapes en attente du dossier " + caseId + " ont été enregistrées.")
                .doesNotContain("retry-" + AUDIT + "-" + caseId);
        assertThat(api.json(api.get("/api/cases/" + caseId + "/history"))).hasSize(2);
    }

    private static String filed(ApiClient api) {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.awaitHistory(caseId, 1);
        return caseId;
    }

    private static void note(ApiClient api, String caseId, String text) {
        assertThat(api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static void await(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @TestConfiguration
    static class Faults {
        @Bean
        FaultyAuditStep faultyAuditStep() {
            return new FaultyAuditStep();
        }
    }

    /** A step of the audit trail that fails on a case's notes as many times as it is told (before the projection). */
    @ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class FaultyAuditStep {
        private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        void fail(String caseId, int times) {
            failuresLeft.put(caseId, new AtomicInteger(times));
        }

        int calls(String caseId) {
            return calls.getOrDefault(caseId, new AtomicInteger()).get();
        }

        @EventHandler
        void on(NoteAdded note) {
            var caseId = note.caseId().value();
            calls.computeIfAbsent(caseId, id -> new AtomicInteger()).incrementAndGet();
            var left = failuresLeft.get(caseId);
            if (left != null && left.getAndDecrement() > 0) {
                throw new IllegalStateException("panne simulée de l'historique du dossier " + caseId);
            }
        }
    }
}
