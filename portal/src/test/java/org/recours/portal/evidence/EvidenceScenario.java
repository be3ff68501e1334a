package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.time.Duration;
import java.util.List;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditTrailTable;
import org.springframework.http.HttpStatus;

/** The evidence tests' case: a Prime Video complaint taken to mediation over the API, and waiting for its trail. */
public final class EvidenceScenario {

    private EvidenceScenario() {}

    public static String primeVideoCaseInMediation(ApiClient api) {
        var caseId = fileCase(api);
        var sent = today().minusMonths(3);
        for (var step : List.of(
                new String[] {
                    "support-contacts",
                    "{\"channel\": \"PHONE\", \"contactedOn\": \"" + sent.minusDays(10)
                            + "\", \"summary\": \"Demande de retrait des publicités\", \"outcome\": \"Refus\"}"
                },
                new String[] {
                    "letters",
                    "{\"addressee\": \"Amazon Digital France SAS\", \"sentOn\": \"" + sent
                            + "\", \"method\": \"REGISTERED_WITH_ACKNOWLEDGEMENT\", \"trackingNumber\": \"1A12345678901\"}"
                },
                new String[] {"letters/1/delivery", "{\"deliveredOn\": \"" + sent.plusDays(2) + "\"}"},
                new String[] {"response-deadline-expiry", ""},
                new String[] {
                    "mediations", "{\"mediator\": \"Médiateur du e-commerce\", \"requestedOn\": \"" + today() + "\"}"
                })) {
            var response = step[1].isEmpty()
                    ? api.post("/api/cases/" + caseId + "/" + step[0], null, null)
                    : api.post("/api/cases/" + caseId + "/" + step[0], step[1]);
            assertThat(response.getStatusCode())
                    .as(step[0] + ": " + response.getBody())
                    .isEqualTo(HttpStatus.OK);
        }
        api.caseAtVersion(caseId, 5);
        return caseId;
    }
    /**
     * A case entered three months late (ADR 13): staff state the company's silence, then enter its answer received
     * in time (which contradicts the silence), then correct the acknowledgement's date and the answer.
     */
    public static String lateCaseAnsweredInTimeAndCorrected(ApiClient api) {
        var caseId = fileCase(api);
        var sent = today().minusMonths(3);
        var answered = sent.plusDays(30);
        for (var step : List.of(
                new String[] {
                    "letters",
                    "{\"addressee\": \"Amazon Digital France SAS\", \"sentOn\": \"" + sent
                            + "\", \"method\": \"REGISTERED_WITH_ACKNOWLEDGEMENT\", \"trackingNumber\": \"1A12345678901\"}"
                },
                new String[] {"letters/1/delivery", "{\"deliveredOn\": \"" + sent.plusDays(2) + "\"}"},
                new String[] {"response-deadline-expiry", ""},
                new String[] {
                    "responses",
                    "{\"receivedOn\": \"" + answered + "\", \"channel\": \"EMAIL\", "
                            + "\"summary\": \"Refus\", \"assessment\": \"REJECTED\"}"
                },
                new String[] {
                    "corrections/letter-delivery",
                    "{\"entry\": 2, \"deliveredOn\": \"" + sent.plusDays(3)
                            + "\", \"reason\": \"Date relue sur l'avis de réception\"}"
                },
                new String[] {
                    "corrections/response",
                    "{\"entry\": 4, \"receivedOn\": \"" + answered
                            + "\", \"channel\": \"POSTAL_MAIL\", \"summary\": \"Refus\", \"assessment\": \"REJECTED\", "
                            + "\"reason\": \"Reçue par courrier\"}"
                })) {
            var response = step[1].isEmpty()
                    ? api.post("/api/cases/" + caseId + "/" + step[0], null, null)
                    : api.post("/api/cases/" + caseId + "/" + step[0], step[1]);
            assertThat(response.getStatusCode())
                    .as(step[0] + ": " + response.getBody())
                    .isEqualTo(HttpStatus.OK);
        }
        api.caseAtVersion(caseId, 7);
        return caseId;
    }

    public static String fileCase(ApiClient api) {
        var filed = api.post("/api/cases", briefFiling().json());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return api.json(filed).get("caseId").asString();
    }

    static List<AuditEntry> awaitHistory(AuditTrailTable auditTrail, String caseId, long lastPosition) {
        await(() -> auditTrail.history(caseId).size() > lastPosition);
        return auditTrail.history(caseId);
    }

    static void await(java.util.function.BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
