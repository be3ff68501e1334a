package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.eventjson.RecoursJson;

/**
 * Issue 14: a third party who follows {@code docs/evidence-format.md} verbatim gets the right verdict. The fenced
 * block the document marks as the procedure is taken from the document as it stands and run with {@code bash -e} in a
 * folder holding what the document says to put there: the bundle under its download name, the association's
 * published certificate and {@code verify-evidence.py}.
 */
class EvidenceFormatProcedureTest {

    static final Path DOCUMENT =
            Path.of("..", "docs", "evidence-format.md").toAbsolutePath().normalize();
    private static final String MARKER = "<!-- EvidenceFormatProcedureTest runs this block verbatim on an intact";
    private static final String TIMESTAMP_MARKER =
            "<!-- EvidenceFormatProcedureTest runs this block verbatim on a " + "timestamped bundle";

    private static SigningKey association;
    private static SigningKey forger;
    private static byte[] bundle;

    @TempDir
    Path folder;

    @BeforeAll
    static void signABundle() throws GeneralSecurityException {
        association = SigningKeys.generate("Association test");
        forger = SigningKeys.generate("Association test");
        var evidence = SampleCase.withEntries(12);
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
    void anIntactBundleIsValid() throws Exception {
        var run = followTheProcedure(bundle);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("VALID: the bundle is intact", "CMS Verification successful", "audit-trail.json: OK")
                .doesNotContain("INVALID", "FAILED");
    }

    @Test
    void aTamperedBundleIsInvalid() throws Exception {
        var tampered = BundleTampering.open(bundle)
                .trail(text -> text.replace("Appel n° 7", "Appel n° 8"))
                .close();

        var run = followTheProcedure(tampered);

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("INVALID", "audit-trail.json was changed");
    }

    @Test
    void aBundleForgedAndResignedWithACertificateOfTheSameNameIsInvalid() throws Exception {
        var forged = BundleTampering.open(bundle)
                .trail(text -> text.replace("Appel n° 7", "Appel n° 8"))
                .resign(forger)
                .close();

        var run = followTheProcedure(forged);

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("INVALID", "FAIL signature");
    }

    @Test
    void aTimestampedBundlesTimestampIsCheckedWithOpenssl() throws Exception {
        try (var authority = org.recours.testing.TestTimestampAuthority.start()) {
            var out = new java.io.ByteArrayOutputStream();
            var evidence = SampleCase.withEntries(4);
            EvidenceBundle.write(
                    CASE.value(),
                    JsonExport.write(evidence, RecoursJson.objectMapper()),
                    PdfExport.write(evidence),
                    Map.of(
                            CaseEvidence.bundlePath(SampleCase.documents().get(0)), t -> t.write(SampleCase.SCREENSHOT),
                            CaseEvidence.bundlePath(SampleCase.documents().get(1)), t -> t.write(SampleCase.INVOICE)),
                    association,
                    TimestampAuthority.at(authority.url(), java.time.Duration.ofSeconds(5)),
                    out);
            Files.write(folder.resolve("tsa-root.pem"), authority.rootPem());

            var run = followTheProcedure(out.toByteArray(), procedure() + procedure(TIMESTAMP_MARKER));

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output())
                    .contains("VALID: the bundle is intact", "OK   timestamp", "Verification: OK", "Time stamp: ");
        }
    }

    private record Run(int exitCode, String output) {}

    private Run followTheProcedure(byte[] bundleToCheck) throws IOException, InterruptedException {
        return followTheProcedure(bundleToCheck, procedure());
    }

    private Run followTheProcedure(byte[] bundleToCheck, String procedure) throws IOException, InterruptedException {
        Files.write(folder.resolve("RC-7K2M-9QXD-preuves.zip"), bundleToCheck);
        Files.write(folder.resolve("association-certificate.pem"), EvidenceBundle.pem(association));
        Files.copy(PythonVerifier.SCRIPT, folder.resolve("verify-evidence.py"), StandardCopyOption.REPLACE_EXISTING);
        var process = new ProcessBuilder("bash", "-e", "-c", procedure)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** The fenced block after the marker in docs/evidence-format.md, as written. */
    static String procedure() throws IOException {
        return procedure(MARKER);
    }

    static String procedure(String markerText) throws IOException {
        var text = Files.readString(DOCUMENT);
        var marker = text.indexOf(markerText);
        assertThat(marker).as("docs/evidence-format.md marks its procedure").isNotNegative();
        var start = text.indexOf("```sh\n", marker);
        var end = text.indexOf("\n```", start + 6);
        assertThat(start).isNotNegative();
        assertThat(text.substring(marker, start).lines().count())
                .as("the block follows the marker")
                .isLessThan(3);
        return text.substring(start + 6, end + 1);
    }
}
