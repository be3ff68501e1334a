package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.eventjson.RecoursJson;

/**
 * Issue 14, "The verifier, tried as a third party would": both verifiers say the same thing. Without the association's
 * certificate the signer is not checked, so neither calls a bundle VALID (exit 3) unless told to accept any signer;
 * {@code --help} works; a bundle unzipped and re-zipped with {@code zip -r} (folder entries) is still valid.
 */
class ThirdPartyVerificationTest {

    private static SigningKey association;
    private static SigningKey forger;
    private static byte[] bundle;

    @BeforeAll
    static void signABundle() throws GeneralSecurityException {
        association = SigningKeys.generate("Association test");
        forger = SigningKeys.generate("Association test");
        var evidence = SampleCase.withEntries(8);
        bundle = EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(evidence, RecoursJson.objectMapper()),
                PdfExport.write(evidence),
                Map.of(
                        CaseEvidence.bundlePath(SampleCase.documents().get(0)),
                        SampleCase.SCREENSHOT,
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)),
                        SampleCase.INVOICE),
                association);
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        var python = PythonVerifier.run(null, null, "--help");

        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output())
                .contains("usage: verify-evidence.py", "--certificate", "--accept-untrusted-signer")
                .doesNotContain("Traceback");
    }

    @Test
    void withoutTheAssociationsCertificateNeitherVerifierCallsAForgedBundleValid() throws Exception {
        var forged = BundleTampering.open(bundle)
                .trail(text -> text.replace("Appel n° 7", "Appel n° 8"))
                .resign(forger)
                .close();
        // the forger resigned a changed entry: the chain still catches it; resigning an unchanged bundle does not
        var resigned = BundleTampering.open(bundle).resign(forger).close();

        for (var candidate : List.of(bundle, resigned)) {
            var report = BundleVerifier.verify(candidate, null);
            assertThat(report.exitCode(false)).isEqualTo(3);
            assertThat(report.lines())
                    .anyMatch(line -> line.startsWith("WARN signer NOT CHECKED"))
                    .last()
                    .asString()
                    .startsWith("NOT VERIFIED");
            var python = PythonVerifier.run(candidate, null);
            assertThat(python.exitCode()).as(python.output()).isEqualTo(3);
            assertThat(python.output())
                    .contains("WARN signer NOT CHECKED", "NOT VERIFIED")
                    .doesNotContain("VALID:");
        }
        assertThat(BundleVerifier.verify(forged, null).exitCode(false)).isEqualTo(1);
        assertThat(PythonVerifier.run(forged, null).exitCode()).isEqualTo(1);
        assertThat(BundleVerifier.verify(resigned, association.certificate()).exitCode(false))
                .isEqualTo(1);
        assertThat(PythonVerifier.run(resigned, association).exitCode()).isEqualTo(1);
    }

    @Test
    void anUntrustedSignerIsAcceptedOnlyWhenAskedAndStillWarnedAbout() throws Exception {
        var report = BundleVerifier.verify(bundle, null);
        assertThat(report.exitCode(true)).isZero();
        assertThat(report.lines(true))
                .anyMatch(line -> line.startsWith("WARN signer NOT CHECKED"))
                .last()
                .asString()
                .startsWith("VALID");

        var python = PythonVerifier.run(bundle, null, "--accept-untrusted-signer");
        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output())
                .contains("WARN signer NOT CHECKED", "VALID: the bundle is intact (its signer was " + "NOT checked)");
    }

    @Test
    void aBundleRezippedWithZipRAndItsFolderEntriesIsValid(@TempDir Path dir) throws Exception {
        var original = Files.write(dir.resolve("RC-7K2M-9QXD-preuves.zip"), bundle);
        run(dir, "unzip", "-q", original.toString(), "-d", "extracted");
        run(dir.resolve("extracted"), "zip", "-q", "-r", "../rezipped.zip", ".");
        var rezipped = Files.readAllBytes(dir.resolve("rezipped.zip"));
        assertThat(BundleArchive.open(rezipped).names()).doesNotContain("documents/");
        assertThat(new String(rezipped, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("documents/");

        var report = BundleVerifier.verify(rezipped, association.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        var python = PythonVerifier.run(rezipped, association);
        assertThat(python.exitCode()).as(python.output()).isZero();
    }

    private static void run(Path dir, String... command) throws Exception {
        var process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
