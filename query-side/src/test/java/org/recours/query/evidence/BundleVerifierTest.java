package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recours.eventjson.RecoursJson;

/** Every way of tampering with a bundle is detected; an intact bundle is accepted. */
class BundleVerifierTest {

    private static SigningKey association;
    private static SigningKey forger;
    private static byte[] bundle;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void signABundle() throws GeneralSecurityException {
        association = SigningKeys.generate("Association test");
        forger = SigningKeys.generate("Association test");
        var evidence = SampleCase.withEntries(20);
        bundle = EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(evidence, RecoursJson.objectMapper()),
                PdfExport.write(evidence),
                Map.of(
                        CaseEvidence.bundlePath(SampleCase.documents().get(0)), SampleCase.SCREENSHOT,
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)), SampleCase.INVOICE),
                association);
    }

    @Test
    void anIntactBundleIsValid() {
        var report = BundleVerifier.verify(bundle, association.certificate());

        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.signerTrusted()).isTrue();
        assertThat(report.entries()).isEqualTo(20);
        assertThat(report.lines()).last().asString().startsWith("VALID");
    }

    @Test
    void withoutATrustedCertificateTheSignatureIsCheckedButTheSignerIsNot() {
        var report = BundleVerifier.verify(bundle, null);

        assertThat(report.signatureValid()).isTrue();
        assertThat(report.signerTrusted()).isNull();
        assertThat(report.lines()).anyMatch(line -> line.startsWith("WARN signer NOT CHECKED"));
    }

    @Test
    void aByteChangedInAnEntryIsDetected() {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> text.replace("Appel n° 7", "Appel n° 8"))
                .close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.valid()).isFalse();
        assertThat(report.fileProblems()).anyMatch(problem -> problem.contains("audit-trail.json was changed"));
        assertThat(report.firstBrokenPosition()).isEqualTo(7);
    }

    @Test
    void aChangedEntryIsDetectedByTheChainEvenWhenTheForgerResignsTheManifest() {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> text.replace("Appel n° 7", "Appel n° 8"))
                .resign(association)
                .close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.signatureValid()).isTrue();
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBrokenPosition()).isEqualTo(7);
        assertThat(report.chainProblem()).contains("does not match its hash");
    }

    @Test
    void aDeletedEntryIsDetected() {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> edit(text, entries -> entries.remove(5)))
                .resign(association)
                .close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.valid()).isFalse();
        assertThat(report.firstBrokenPosition()).isEqualTo(5);
    }

    @Test
    void twoSwappedEntriesAreDetected() {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> edit(text, entries -> {
                    var fourth = entries.get(4);
                    entries.set(4, entries.get(5));
                    entries.set(5, fourth);
                }))
                .resign(association)
                .close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.valid()).isFalse();
        assertThat(report.firstBrokenPosition()).isEqualTo(4);
    }

    @Test
    void anInsertedEntryIsDetected() {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> edit(text, entries -> {
                    var forged = entries.get(9).deepCopy();
                    ((ObjectNode) forged).put("summaryFr", "L'entreprise a répondu dans les délais.");
                    entries.insert(10, forged);
                }))
                .resign(association)
                .close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.valid()).isFalse();
        assertThat(report.firstBrokenPosition()).isEqualTo(10);
    }

    @Test
    void aReplacedDocumentIsDetected() {
        var path = CaseEvidence.bundlePath(SampleCase.documents().get(0));
        var replaced = BundleTampering.open(bundle)
                .file(path, "another screenshot".getBytes())
                .close();
        var replacedAndResigned = BundleTampering.open(bundle)
                .file(path, "another screenshot".getBytes())
                .resign(association)
                .close();

        assertThat(BundleVerifier.verify(replaced, association.certificate()).fileProblems())
                .anyMatch(problem -> problem.contains(path + " was changed"));
        assertThat(BundleVerifier.verify(replacedAndResigned, association.certificate())
                        .documentProblems())
                .anyMatch(problem -> problem.contains("capture.png does not match"));
    }

    @Test
    void aBundleResignedWithAnotherKeyIsDetected() {
        var tampered = BundleTampering.open(bundle).resign(forger).close();

        var report = BundleVerifier.verify(tampered, association.certificate());

        assertThat(report.signatureValid()).isTrue();
        assertThat(report.signerTrusted()).isFalse();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aSignatureThatDoesNotMatchTheManifestIsInvalid() {
        var tampered = BundleTampering.open(bundle)
                .files(files -> files.put(
                        EvidenceBundle.SIGNATURE, CmsSignature.sign("another manifest".getBytes(), association)))
                .close();

        assertThat(BundleVerifier.verify(tampered, association.certificate()).signatureValid())
                .isFalse();
    }

    private static String edit(String trail, java.util.function.Consumer<ArrayNode> change) {
        try {
            var root = (ObjectNode) JSON.readTree(trail);
            change.accept((ArrayNode) root.get("entries"));
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
