package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.audittrail.AuditEntries;
import org.recours.query.rebuild.RecordedStep;

/**
 * A bundle handed out on 4 December 2026 (the reference Prime Video case: filed, support contacted, a registered
 * letter delivered, the response window expired, mediation requested, a screenshot attached, a note), committed in
 * {@code src/test/resources/issued-evidence} with the events it was written from, as the event store held them.
 * Every later build must still verify it, and must write the same chain from the same events: this is what makes
 * evidence already in a mediator's or a judge's hands stay verifiable (docs/adr/0011). Never regenerate these
 * files; a build that fails here breaks evidence already handed out.
 */
class IssuedEvidenceTest {

    private static final Path ISSUED = Path.of("src/test/resources/issued-evidence");
    private static final String CASE = "RC-38WN-BGBW";

    @Test
    void aBundleIssuedByAnEarlierBuildStillVerifies() throws Exception {
        var report = BundleVerifier.verify(
                Files.readAllBytes(ISSUED.resolve(CASE + "-preuves.zip")), associationCertificate());

        assertThat(report.lines())
                .as("verification of the bundle issued on 2026-12-04")
                .isNotEmpty();
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.signerTrusted()).isTrue();
        assertThat(report.entries()).isEqualTo(8);
    }

    @Test
    void theAuditTrailRebuiltFromTheSameEventsIsTheChainOfTheIssuedBundle() throws Exception {
        var issued = issuedEntries();

        var rebuilt = new AuditEntries(RecoursJson.objectMapper()).chain(storedSteps());

        assertThat(rebuilt).as("""
                the chain this build writes from the events of the bundle issued on 2026-12-04: an entry that \
                differs means the audit trail rebuilt after a token reset no longer matches bundles already \
                handed out. Keep the narrative version's wording and the event forms as they are \
                (docs/adr/0011-audit-narratives-are-versioned.md)""").containsExactlyElementsOf(issued);
    }

    /** The case's events as the event store held them, read with the serializer the application reads them with. */
    private static List<RecordedStep> storedSteps() throws Exception {
        var serializer = RecoursJson.serializer();
        var steps = new ArrayList<RecordedStep>();
        for (JsonNode row : new ObjectMapper()
                .readTree(ISSUED.resolve(CASE + "-events.json").toFile())) {
            CaseEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                    row.get("payload").asText().getBytes(StandardCharsets.UTF_8),
                    byte[].class,
                    row.get("payloadType").asText(),
                    row.get("payloadRevision").isNull()
                            ? null
                            : row.get("payloadRevision").asText()));
            MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(
                    row.get("metaData").asText().getBytes(StandardCharsets.UTF_8),
                    byte[].class,
                    MetaData.class.getName(),
                    null));
            steps.add(RecordedStep.of(
                    event,
                    row.get("sequence").asLong(),
                    row.get("eventId").asText(),
                    DateTimeUtils.parseInstant(row.get("timestamp").asText()),
                    metaData));
        }
        return steps;
    }

    private static List<AuditEntry> issuedEntries() throws Exception {
        try (var zip = new ZipFile(ISSUED.resolve(CASE + "-preuves.zip").toFile())) {
            var trail = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry(EvidenceBundle.TRAIL)));
            var entries = new ArrayList<AuditEntry>();
            for (var entry : trail.get("entries")) {
                entries.add(new ObjectMapper().treeToValue(entry, AuditEntry.class));
            }
            return entries;
        }
    }

    private static X509Certificate associationCertificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Files.readAllBytes(ISSUED.resolve("signer-certificate.pem"))));
    }
}
