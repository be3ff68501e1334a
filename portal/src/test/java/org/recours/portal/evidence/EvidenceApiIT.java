package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.query.evidence.BundleVerifier;
import org.recours.query.evidence.SigningKey;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "recours.evidence.max-size=256KB")
@UsesPostgres
class EvidenceApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKey signingKey;

    @Autowired
    AuditTrailTable auditTrail;

    @Autowired
    EventProcessingConfiguration processing;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aCaseTakenToMediationWithTwoDocumentsExportsEvidenceThatTheVerifierAndOpensslAccept(@TempDir Path dir)
            throws Exception {
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        var screenshot = SampleFiles.screenshot();
        var attached = api.upload(
                "/api/cases/" + caseId + "/evidence", "capture-publicite.png", screenshot, "Publicité pendant un film");
        assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.json(attached).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(api.json(attached).get("sha256").asString())
                .isEqualTo(Sha256.of(screenshot).hex());
        var invoice = api.upload(
                "/api/cases/" + caseId + "/evidence",
                "facture-mars.pdf",
                SampleFiles.invoice(),
                "Facture avec l'option sans publicité");
        assertThat(invoice.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var version = api.json(invoice).get("version").asLong();
        api.caseAtVersion(caseId, version);
        EvidenceScenario.awaitHistory(auditTrail, caseId, version);

        var download = api.download(attached.getHeaders().getLocation().toString());
        assertThat(download.getBody()).isEqualTo(screenshot);
        assertThat(download.getHeaders().getContentType()).hasToString("image/png");

        var pdf = api.download("/api/cases/" + caseId + "/export.pdf");
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        var text = new PdfTextExtractor(new PdfReader(pdf.getBody()))
                .getTextFromPage(1)
                .replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Historique du dossier " + caseId,
                        CONSUMER_NAME,
                        COMPANY_NAME,
                        "dépassé : aucune réponse de l'entreprise",
                        "respecté : médiation demandée le");
        var reader = new PdfReader(pdf.getBody());
        var pages = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.append(new PdfTextExtractor(reader).getTextFromPage(page)).append(' ');
        }
        assertThat(pages.toString().replaceAll("\\s+", " "))
                .contains("capture-publicite.png", "non analysé par l'antivirus");

        var json = api.json(api.get("/api/cases/" + caseId + "/export.json"));
        assertThat(json.get("format").asString()).isEqualTo("recours-evidence-v1");
        assertThat(json.get("entries")).hasSize((int) version + 1);
        assertThat(json.get("documents")).hasSize(2);
        // no scanner is configured here (recours.scanner.*): every document says it was not scanned
        assertThat(json.get("documents").get(0).get("scanned").asBoolean()).isFalse();
        assertThat(json.get("documents").get(0).get("scannedWith").isNull()).isTrue();
        assertThat(api.json(attached).get("scan").get("scanned").asBoolean()).isFalse();

        var csv =
                new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize((int) version + 2);

        var bundle =
                api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody();
        var report = BundleVerifier.verify(bundle, signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.entries()).isEqualTo((int) version + 1);
        assertThat(opensslVerifies(bundle, dir)).isTrue();
        assertThat(independentVerifierAccepts(dir.resolve("bundle.zip"), dir.resolve("signer-certificate.pem")))
                .isTrue();
    }

    @Test
    void theAuditTrailNamesWhoActedAndChainsEveryStep() {
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        var history = EvidenceScenario.awaitHistory(auditTrail, caseId, 5);

        assertThat(history)
                .extracting(AuditEntry::kind)
                .containsExactly(
                        "ComplaintFiled",
                        "SupportContacted",
                        "LetterSent",
                        "LetterDelivered",
                        "ResponseDeadlineExpired",
                        "MediationRequested");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("admin");
        assertThat(history.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).previousHash())
                    .isEqualTo(history.get(i - 1).hash());
        }
        assertThat(history.get(4).summaryFr()).contains("sans réponse de l'entreprise");
        assertThat(api.json(api.get("/api/cases/" + caseId + "/history"))
                        .get(5)
                        .get("summaryEn")
                        .asString())
                .contains("Mediation requested");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntryOrADocument() {
        var caseId = EvidenceScenario.primeVideoCaseInMediation(api);
        EvidenceScenario.awaitHistory(auditTrail, caseId, 5);
        var attached =
                api.upload("/api/cases/" + caseId + "/evidence", "capture.png", SampleFiles.screenshot(), "Capture");
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'faussaire' WHERE case_id = ?", caseId))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE case_id = ?", caseId))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE evidence_document SET content = ? WHERE case_id = ?", "autre".getBytes(), caseId))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(EvidenceScenario.awaitHistory(auditTrail, caseId, 6)).hasSize(7);
    }

    @Test
    void anOversizedDocumentIsRefusedWith413AndNothingIsRecorded() {
        var caseId = EvidenceScenario.fileCase(api);

        var refused = api.upload("/api/cases/" + caseId + "/evidence", "gros.pdf", new byte[300 * 1024], "Trop gros");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(api.json(refused).get("detail").asString()).contains("taille maximale");
        assertNothingAttached(caseId);
    }

    @Test
    void aDisguisedOrUnacceptedFileIsRefusedWith415AndNothingIsRecorded() {
        var caseId = EvidenceScenario.fileCase(api);

        var disguised = api.upload(
                "/api/cases/" + caseId + "/evidence", "facture.pdf", SampleFiles.screenshot(), "Une image déguisée");
        var executable = api.upload(
                "/api/cases/" + caseId + "/evidence",
                "capture.png",
                "MZ\u0090\u0000 not really a png".getBytes(StandardCharsets.ISO_8859_1),
                "Un programme");

        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(api.json(disguised).get("detail").asString()).contains("PDF", "PNG");
        assertThat(executable.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertNothingAttached(caseId);
    }

    @Test
    void aTextSentUnderADangerousExtensionIsKeptServedAndBundledAsText() throws Exception {
        var caseId = EvidenceScenario.fileCase(api);
        var names = List.of(
                "lettre.hta",
                "page.html",
                "image.svg",
                "script.cmd",
                "script.ps1",
                "lien.url",
                "sans-extension",
                "notes.txt");
        long version = 0;
        var documentIds = new java.util.LinkedHashMap<String, String>();
        for (var name : names) {
            var attached = api.upload(
                    "/api/cases/" + caseId + "/evidence",
                    name,
                    "Texte brut de la pièce\n".getBytes(StandardCharsets.UTF_8),
                    "Pièce " + name);
            assertThat(attached.getStatusCode()).as(name).isEqualTo(HttpStatus.CREATED);
            version = api.json(attached).get("version").asLong();
            documentIds.put(name, api.json(attached).get("documentId").asString());
        }
        api.caseAtVersion(caseId, version);
        for (var document : documentIds.entrySet()) {
            var name = document.getKey();
            var served = api.download("/api/cases/" + caseId + "/evidence/" + document.getValue());
            assertThat(served.getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            var expected = name.endsWith(".txt") ? name : name + ".txt";
            assertThat(served.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .as(name)
                    .matches("attachment;.*(filename=\"|'')" + java.util.regex.Pattern.quote(expected) + "\"?");
            assertThat(served.getHeaders().getContentType().toString()).as(name).startsWith("text/plain");
        }
        var evidence = api.caseAtVersion(caseId, version).get("evidence");
        var kept = new java.util.ArrayList<String>();
        evidence.forEach(document -> kept.add(document.get("fileName").asString()));
        assertThat(kept)
                .containsExactlyInAnyOrder(
                        "lettre.hta.txt",
                        "page.html.txt",
                        "image.svg.txt",
                        "script.cmd.txt",
                        "script.ps1.txt",
                        "lien.url.txt",
                        "sans-extension.txt",
                        "notes.txt");
        var bundle =
                api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody();
        var file = java.nio.file.Files.createTempFile("bundle", ".zip");
        var entries = new java.util.ArrayList<String>();
        try {
            java.nio.file.Files.write(file, bundle);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                zip.stream().forEach(entry -> entries.add(entry.getName()));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(entries).anyMatch(entry -> entry.endsWith("lettre.hta.txt"));
        assertThat(entries)
                .as("bundled names")
                .noneMatch(entry -> entry.matches("(?i).*\\.(hta|html|svg|cmd|ps1|url)$"));
    }

    @Test
    void aWithdrawnDocumentStaysInTheHistoryWithItsReason() {
        var caseId = EvidenceScenario.fileCase(api);
        var attached = api.upload(
                "/api/cases/" + caseId + "/evidence", "capture.png", SampleFiles.screenshot(), "Capture floue");
        var documentId = api.json(attached).get("documentId").asString();

        var withdrawn = api.post(
                "/api/cases/" + caseId + "/evidence/" + documentId + "/withdrawal",
                "{\"reason\": \"Illisible, remplacée\"}");

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        var view = api.caseAtVersion(caseId, 2);
        assertThat(view.get("evidence").get(0).get("withdrawalReason").asString())
                .isEqualTo("Illisible, remplacée");
        assertThat(view.get("evidence").get(0).get("scan").get("scanned").asBoolean())
                .isFalse();
        assertThat(api.download("/api/cases/" + caseId + "/evidence/" + documentId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(EvidenceScenario.awaitHistory(auditTrail, caseId, 2).get(2).kind())
                .isEqualTo("EvidenceWithdrawn");
    }

    @Test
    void anUnknownCaseOrDocumentIsNotFoundOnEveryEvidencePath() {
        var unknown = "/api/cases/RC-0000-0000";
        for (var path : List.of(
                "/history",
                "/export.pdf",
                "/export.json",
                "/export.csv",
                "/evidence-bundle.zip",
                "/evidence/3f1c2a4e-0d7b-4e55-9a53-5c8b2f7e9d10")) {
            assertThat(api.get(unknown + path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(api.upload(unknown + "/evidence", "capture.png", SampleFiles.screenshot(), "Capture")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM evidence_document WHERE case_id = 'RC-0000-0000'", Integer.class))
                .isZero();
    }

    private void assertNothingAttached(String caseId) {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM evidence_document WHERE case_id = ?", Integer.class, caseId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Integer.class,
                        caseId))
                .isEqualTo(1);
    }

    /** docs/verify-evidence.py, written from docs/evidence-format.md alone, accepts the bundle too. */
    private static boolean independentVerifierAccepts(Path bundle, Path certificate) throws Exception {
        var script =
                Path.of("..", "docs", "verify-evidence.py").toAbsolutePath().normalize();
        var process = new ProcessBuilder(
                        "python3", script.toString(), bundle.toString(), "--certificate", certificate.toString())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).contains("VALID: the bundle is intact");
        return process.exitValue() == 0;
    }

    private static boolean opensslVerifies(byte[] bundle, Path dir) throws Exception {
        var zip = dir.resolve("bundle.zip");
        Files.write(zip, bundle);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var target = dir.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        var process = new ProcessBuilder(
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        "manifest.sha256.p7s",
                        "-content",
                        "manifest.sha256",
                        "-CAfile",
                        "signer-certificate.pem",
                        "-purpose",
                        "any",
                        "-out",
                        "/dev/null")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Verification successful");
        var sums = new ProcessBuilder("sha256sum", "-c", "manifest.sha256")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(new String(sums.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .doesNotContain("FAILED");
        return process.exitValue() == 0 && sums.waitFor() == 0;
    }
}
