package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail rebuilt from the event store is the same chain, byte for byte (alone on its database). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesOwnPostgres
class AuditTrailReplayIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrailTable auditTrail;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void rebuildingTheAuditTrailFromTheEventStoreYieldsTheSameChainByteForByte() {
        var api = new ApiClient(port);
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        api.upload("/api/cases/" + caseId + "/evidence", "capture.png", SampleFiles.screenshot(), "Capture");
        var mediatedOn = java.time.LocalDate.now(org.recours.platform.messaging.AxonConfiguration.PARIS);
        for (var correction : List.of(
                new String[] {
                    "support-contact",
                    "{\"entry\": 1, \"channel\": \"CHAT\", \"contactedOn\": \""
                            + mediatedOn.minusMonths(3).minusDays(9) + "\", \"summary\": \"Demande de retrait des "
                            + "publicités\", \"outcome\": \"Refus\", \"reason\": \"C'était une conversation en ligne\"}"
                },
                new String[] {
                    "mediation-request",
                    "{\"entry\": 5, \"mediator\": \"Médiateur du e-commerce de la "
                            + "FEVAD\", \"requestedOn\": \"" + mediatedOn + "\", \"reference\": \"MED-1\", "
                            + "\"reason\": \"Nom complet du médiateur\"}"
                })) {
            var response = api.post("/api/cases/" + caseId + "/corrections/" + correction[0], correction[1]);
            assertThat(response.getStatusCode())
                    .as(correction[0] + ": " + response.getBody())
                    .isEqualTo(org.springframework.http.HttpStatus.OK);
        }
        var before = EvidenceScenario.awaitHistory(auditTrail, caseId, 8);
        assertThat(before)
                .extracting(org.recours.kernel.casefile.query.AuditEntry::kind)
                .contains("SupportContactCorrected", "MediationRequestCorrected");
        var lateCase = EvidenceScenario.lateCaseAnsweredInTimeAndCorrected(api);
        var lateBefore = EvidenceScenario.awaitHistory(auditTrail, lateCase, 7);
        assertThat(lateBefore)
                .extracting(org.recours.kernel.casefile.query.AuditEntry::kind)
                .contains("ResponseDeadlineExpiryContradicted", "LetterDeliveryCorrected", "ResponseCorrected");
        var everything = jdbc.queryForList("SELECT * FROM audit_entry ORDER BY case_id, position");

        var processor = processing
                .eventProcessor(AuditTrailProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        var after = EvidenceScenario.awaitHistory(auditTrail, caseId, 8);
        assertThat(after).isEqualTo(before);
        assertThat(EvidenceScenario.awaitHistory(auditTrail, lateCase, 7)).isEqualTo(lateBefore);
        EvidenceScenario.await(
                () -> jdbc.queryForObject("SELECT count(*) FROM audit_entry", Integer.class) == everything.size());
        assertThat(jdbc.queryForList("SELECT * FROM audit_entry ORDER BY case_id, position"))
                .isEqualTo(everything);
    }
}
