package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recours.eventjson.RecoursJson;

/**
 * Issue 19, H1: ZIP forgeries that made {@code recours.jar verify} (which read local headers, the last entry of a
 * name winning) say VALID while {@code unzip}, Python, Windows and 7-Zip (which read the central directory) showed a
 * forged file; and ZIP bombs. Both verifiers, the Java one and {@code docs/verify-evidence.py}, refuse each.
 */
class ForgedBundleTest {

    private static final String DOCUMENT =
            CaseEvidence.bundlePath(SampleCase.documents().get(0));
    private static SigningKey association;
    private static byte[] bundle;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void signABundle() throws GeneralSecurityException {
        association = SigningKeys.generate("Association test");
        var evidence = SampleCase.withEntries(12);
        bundle = EvidenceBundle.write(
                CASE.value(),
                JsonExport.write(evidence, RecoursJson.objectMapper()),
                PdfExport.write(evidence),
                Map.of(
                        DOCUMENT,
                        SampleCase.SCREENSHOT,
                        CaseEvidence.bundlePath(SampleCase.documents().get(1)),
                        SampleCase.INVOICE),
                association);
        files = BundleTampering.open(bundle).contents();
    }

    @Test
    void bothVerifiersAcceptTheIntactBundle() throws Exception {
        assertThat(BundleVerifier.verify(bundle, association.certificate()).valid())
                .isTrue();
        var python = PythonVerifier.run(bundle, association);
        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output()).contains("VALID: the bundle is intact");
    }

    @ParameterizedTest(name = "a forged {0} in the central directory, the genuine one hidden after it")
    @ValueSource(strings = {EvidenceBundle.PDF, EvidenceBundle.TRAIL, "an attached document"})
    void aForgedFileWithTheGenuineOneHiddenAfterItIsRefused(String target) throws Exception {
        var path = target.equals("an attached document") ? DOCUMENT : target;
        var genuine = files.get(path);
        var forged = ("forged " + path).getBytes(StandardCharsets.UTF_8);
        var forgery = ForgedZip.copying(files, (zip, name) -> {
                    if (!name.equals(path)) {
                        return false;
                    }
                    zip.list(zip.write(path, forged));
                    zip.write(path, genuine);
                    return true;
                })
                .close();
        // the attack: what a reader of local headers finds is the genuine file, what unzip extracts is the forgery
        assertThat(readByLocalHeaders(forgery).get(path)).isEqualTo(genuine);
        assertThat(readByCentralDirectory(forgery, path)).isEqualTo(forged);

        assertRefusedByBoth(forgery, "hidden content");
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws Exception {
        var forgery = ForgedZip.copying(files, (zip, name) -> {
                    if (!name.equals(EvidenceBundle.PDF)) {
                        return false;
                    }
                    zip.list(zip.write(name, "forged".getBytes(StandardCharsets.UTF_8)));
                    zip.list(zip.write(name, files.get(name)));
                    return true;
                })
                .close();

        assertRefusedByBoth(forgery, "appears more than once");
    }

    @Test
    void aLocalHeaderNamingAnotherFileThanTheCentralDirectoryIsRefused() throws Exception {
        var forgery = ForgedZip.copying(files, (zip, name) -> {
                    if (!name.equals(EvidenceBundle.PDF)) {
                        return false;
                    }
                    var content = files.get(name);
                    zip.list(zip.write("case-history.pdf.exe", content), name, content.length);
                    return true;
                })
                .close();

        assertRefusedByBoth(forgery, "local header names another file");
    }

    @Test
    void aFileOutsideTheManifestIsRefused() throws Exception {
        var added = BundleTampering.open(bundle)
                .file("documents/0000000000000000-ajout.txt", "added".getBytes(StandardCharsets.UTF_8))
                .close();

        var report = BundleVerifier.verify(added, association.certificate());
        assertThat(report.valid()).isFalse();
        assertThat(report.fileProblems()).anyMatch(problem -> problem.contains("is not in the signed manifest"));
        var python = PythonVerifier.run(added, association);
        assertThat(python.exitCode()).as(python.output()).isEqualTo(1);
        assertThat(python.output()).contains("ajout.txt is not in the signed manifest");
    }

    @Test
    void aThreeGibibyteEntryInAThreeMegabyteBundleIsRefusedWithoutBeingInflated() throws Exception {
        var mebibytes = 3 * 1024;
        var bomb = ForgedZip.zerosDeflated(mebibytes);
        var forgery = ForgedZip.copying(files, (zip, name) -> false);
        forgery.list(forgery.write(
                "documents/0000000000000000-bombe.txt",
                bomb,
                8,
                ForgedZip.zerosCrc(mebibytes),
                bomb.length,
                mebibytes * 1024L * 1024));
        var bytes = forgery.close();
        assertThat(bytes.length).isLessThan(4_000_000);

        assertRefusedByBoth(bytes, "too large");
    }

    @Test
    void anEntryThatInflatesBeyondItsDeclaredSizeIsStopped() throws Exception {
        var mebibytes = 3 * 1024;
        var bomb = ForgedZip.zerosDeflated(mebibytes);
        var forgery = ForgedZip.copying(files, (zip, name) -> false);
        var entry = forgery.write(
                "documents/0000000000000000-bombe.txt", bomb, 8, ForgedZip.zerosCrc(mebibytes), bomb.length, 1000);
        forgery.list(entry, entry.name(), 1000);

        assertRefusedByBoth(forgery.close(), "");
    }

    @Test
    void aHighlyCompressedEntryIsRefused() throws Exception {
        var mebibytes = 64;
        var bomb = ForgedZip.zerosDeflated(mebibytes);
        var forgery = ForgedZip.copying(files, (zip, name) -> false);
        forgery.list(forgery.write(
                "documents/0000000000000000-zeros.bin",
                bomb,
                8,
                ForgedZip.zerosCrc(mebibytes),
                bomb.length,
                mebibytes * 1024L * 1024));

        assertRefusedByBoth(forgery.close(), "a ZIP bomb");
    }

    private static void assertRefusedByBoth(byte[] forgery, String reason) throws Exception {
        var report = BundleVerifier.verify(forgery, association.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isFalse();
        assertThat(String.join("\n", report.lines())).contains("FAIL archive").contains(reason);
        assertThat(report.lines()).last().asString().startsWith("INVALID");
        var file = Files.createTempFile("forgery", ".zip");
        try {
            var fromFile = BundleVerifier.verify(Files.write(file, forgery), association.certificate());
            assertThat(fromFile.archiveProblems()).isEqualTo(report.archiveProblems());
        } finally {
            Files.delete(file);
        }

        var python = PythonVerifier.run(forgery, association);
        assertThat(python.exitCode()).as(python.output()).isEqualTo(1);
        assertThat(python.output())
                .contains("FAIL archive")
                .contains(reason)
                .contains("INVALID")
                .doesNotContain("Traceback");
    }

    private static Map<String, byte[]> readByLocalHeaders(byte[] zip) throws IOException {
        var read = new java.util.LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                read.put(entry.getName(), in.readAllBytes());
            }
        }
        return read;
    }

    private static byte[] readByCentralDirectory(byte[] zip, String name) throws IOException {
        var file = Files.createTempFile("forgery", ".zip");
        try (var central = new java.util.zip.ZipFile(Files.write(file, zip).toFile())) {
            return central.getInputStream(central.getEntry(name)).readAllBytes();
        } finally {
            Files.delete(file);
        }
    }
}
