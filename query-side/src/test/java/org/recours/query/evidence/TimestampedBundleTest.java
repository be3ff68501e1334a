package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.eventjson.RecoursJson;
import org.recours.testing.TestTimestampAuthority;

/**
 * Issue 14, "Trusted time": each bundle's signature is timestamped by an RFC 3161 authority (here one the test
 * starts), the token travels in the bundle, and it is checked offline by both verifiers and by
 * {@code openssl ts -verify}. Without an authority, or when it does not answer, the bundle says so and still verifies
 * ("not timestamped").
 */
class TimestampedBundleTest {

    private static TestTimestampAuthority authority;
    private static SigningKey association;
    private static CaseEvidence evidence;

    @BeforeAll
    static void startAnAuthority() throws GeneralSecurityException {
        authority = TestTimestampAuthority.start();
        association = SigningKeys.generate("Association test");
        evidence = SampleCase.withEntries(6);
    }

    @AfterAll
    static void stopIt() {
        authority.close();
    }

    @Test
    void theSignatureIsTimestampedAndEveryVerifierChecksTheToken(@TempDir Path dir) throws Exception {
        var before = Instant.now().minusSeconds(1);
        var bundle = bundle(TimestampAuthority.at(authority.url(), Duration.ofSeconds(5)));

        var files = BundleTampering.open(bundle).contents();
        assertThat(files).containsKey(EvidenceBundle.TIMESTAMP);
        assertThat(new String(files.get(EvidenceBundle.README), StandardCharsets.UTF_8))
                .contains(authority.url().toString(), "openssl ts -verify -in manifest.sha256.p7s.tsr");

        var report = BundleVerifier.verify(bundle, association.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.timestamp().time()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(report.lines()).anyMatch(line -> line.startsWith("OK   timestamp: the signature existed at"));

        var root = Files.write(dir.resolve("tsa-root.pem"), authority.rootPem());
        var python = PythonVerifier.run(bundle, association, "--tsa-ca", root.toString());
        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output()).contains("OK   timestamp: the signature existed at", "trusted by the given root");

        Files.write(dir.resolve(EvidenceBundle.TIMESTAMP), files.get(EvidenceBundle.TIMESTAMP));
        Files.write(dir.resolve(EvidenceBundle.SIGNATURE), files.get(EvidenceBundle.SIGNATURE));
        assertThat(openssl(
                        dir,
                        "ts",
                        "-verify",
                        "-in",
                        EvidenceBundle.TIMESTAMP,
                        "-data",
                        EvidenceBundle.SIGNATURE,
                        "-CAfile",
                        "tsa-root.pem"))
                .contains("Verification: OK");
    }

    @Test
    void aTimestampOfOtherContentIsInvalid() throws Exception {
        var tsa = TimestampAuthority.at(authority.url(), Duration.ofSeconds(5));
        var bundle = bundle(tsa);
        var forged = BundleTampering.open(bundle)
                .file(
                        EvidenceBundle.TIMESTAMP,
                        tsa.stamp("another signature".getBytes(StandardCharsets.UTF_8))
                                .orElseThrow())
                .close();

        var report = BundleVerifier.verify(forged, association.certificate());
        assertThat(report.valid()).isFalse();
        assertThat(report.lines()).anyMatch(line -> line.startsWith("FAIL timestamp: the timestamp dates other"));
        var python = PythonVerifier.run(forged, association);
        assertThat(python.exitCode()).as(python.output()).isEqualTo(1);
        assertThat(python.output()).contains("FAIL timestamp");
    }

    @Test
    void withoutAnAuthorityTheBundleSaysItIsNotTimestampedAndStillVerifies() throws Exception {
        var bundle = bundle(TimestampAuthority.none());

        var files = BundleTampering.open(bundle).contents();
        assertThat(files).doesNotContainKey(EvidenceBundle.TIMESTAMP);
        assertThat(new String(files.get(EvidenceBundle.README), StandardCharsets.UTF_8))
                .contains("NONE: no time-stamping authority is configured");
        var report = BundleVerifier.verify(bundle, association.certificate());
        assertThat(report.valid()).isTrue();
        assertThat(report.lines()).anyMatch(line -> line.startsWith("NOTE timestamp: not timestamped"));
        var python = PythonVerifier.run(bundle, association);
        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output()).contains("NOTE timestamp: not timestamped");
    }

    @Test
    void anAuthorityThatDoesNotAnswerLeavesTheBundleUntimestampedButWhole() throws Exception {
        try (var down = TestTimestampAuthority.start()) {
            down.stopAnswering();
            var bundle = bundle(TimestampAuthority.at(down.url(), Duration.ofSeconds(5)));

            assertThat(down.requests()).isEqualTo(1);
            assertThat(BundleTampering.open(bundle).contents()).doesNotContainKey(EvidenceBundle.TIMESTAMP);
            var report = BundleVerifier.verify(bundle, association.certificate());
            assertThat(report.valid()).isTrue();
            assertThat(report.timestamp()).isNull();
        }
    }

    private static byte[] bundle(TimestampAuthority tsa) throws IOException {
        var out = new ByteArrayOutputStream();
        EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(evidence, RecoursJson.objectMapper()),
                PdfExport.write(evidence),
                Map.of(
                        CaseEvidence.bundlePath(SampleCase.documents().get(0)),
                                target -> target.write(SampleCase.SCREENSHOT),
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)),
                                target -> target.write(SampleCase.INVOICE)),
                association,
                tsa,
                out);
        return out.toByteArray();
    }

    static String openssl(Path dir, String... arguments) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add("openssl");
        command.addAll(java.util.List.of(arguments));
        var process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
