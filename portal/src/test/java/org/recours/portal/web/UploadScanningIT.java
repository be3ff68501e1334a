package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.ApiClient;
import org.recours.portal.evidence.EvidenceScenario;
import org.recours.testing.TestClamd;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18, "Uploads from the public are scanned", for every upload path (the API and the case page): with a real
 * clamd configured ({@code recours.scanner.*}, one the test starts with the EICAR signature), a clean document is
 * stored with its scan, an infected one is refused and never stored, and while the scanner is down uploads are
 * refused rather than stored unscanned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class UploadScanningIT {

    private static final TestClamd CLAMD = TestClamd.start();
    private static final byte[] LETTER = "Madame, Monsieur, je conteste les publicités de mon abonnement Prime Video."
            .getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void scanner(DynamicPropertyRegistry properties) {
        properties.add("recours.scanner.host", CLAMD::host);
        properties.add("recours.scanner.port", CLAMD::port);
        properties.add("recours.scanner.timeout", () -> "5s");
    }

    @AfterAll
    static void stopClamd() {
        CLAMD.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aCleanDocumentIsStoredWithItsScanAndEveryViewSaysItWasScanned() {
        var caseId = EvidenceScenario.fileCase(api);

        var attached = api.upload("/api/cases/" + caseId + "/evidence", "courrier.txt", LETTER, "Courrier envoyé");

        assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.CREATED);
        var scan = api.json(attached).get("scan");
        assertThat(scan.get("scanned").asBoolean()).isTrue();
        assertThat(scan.get("scannedWith").asString()).startsWith("ClamAV ");
        assertThat(scan.get("scannedAt").asString()).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT scanned_with FROM evidence_document WHERE case_id = ?", String.class, caseId))
                .isEqualTo(scan.get("scannedWith").asString());

        var evidence = api.caseAtVersion(caseId, 1).get("evidence").get(0);
        assertThat(evidence.get("scan").get("scanned").asBoolean()).isTrue();
        assertThat(evidence.get("scan").get("scannedWith").asString())
                .isEqualTo(scan.get("scannedWith").asString());
        var exported = api.json(api.get("/api/cases/" + caseId + "/export.json"))
                .get("documents")
                .get(0);
        assertThat(exported.get("scanned").asBoolean()).isTrue();
        assertThat(exported.get("scannedWith").asString()).startsWith("ClamAV ");
    }

    @Test
    void anInfectedDocumentIsRefusedWithAProblemAndNeverStored() {
        var caseId = EvidenceScenario.fileCase(api);

        var refused = api.upload("/api/cases/" + caseId + "/evidence", "facture.txt", TestClamd.eicar(), "Facture");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        var problem = api.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/infected-document");
        assertThat(problem.get("signature").asString()).isEqualTo(TestClamd.EICAR_FOUND);
        assertThat(problem.get("detail").asString()).contains("virus", "« facture.txt »", "n'a pas été enregistré");
        assertThat(storedDocuments(caseId)).isZero();
        assertThat(api.caseAtVersion(caseId, 0).get("evidence")).isEmpty();
    }

    @Test
    void whileTheScannerIsDownUploadsAreRefusedRatherThanStoredUnscanned() {
        var caseId = EvidenceScenario.fileCase(api);
        CLAMD.stop();
        try {
            var refused = api.upload("/api/cases/" + caseId + "/evidence", "courrier.txt", LETTER, "Courrier");

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            var problem = api.json(refused);
            assertThat(problem.get("type").asString()).isEqualTo("/problems/scanner-unavailable");
            assertThat(problem.get("detail").asString()).contains("antivirus", "n'a pas été enregistré");
            assertThat(storedDocuments(caseId)).isZero();
        } finally {
            CLAMD.restart();
        }
        var accepted = api.upload("/api/cases/" + caseId + "/evidence", "courrier.txt", LETTER, "Courrier");
        assertThat(accepted.getStatusCode()).as("once clamd is back").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aConsumersInfectedFileOnThePublicFormIsRefusedInWordsAndNothingOfTheSubmissionIsKept(@TempDir Path dir)
            throws Exception {
        var infected = Files.write(dir.resolve("capture.txt"), TestClamd.eicar());
        var email = "virus-" + System.nanoTime() + "@exemple.fr";
        try (var browser = new Browser(port)) {
            browser.open("/reclamation");
            ConsumerIntakeIT.fill(browser, email, "75011", infected);
            browser.submitForm("#complaint-form");
            assertThat(browser.textOnceItContains("#form-error", "virus")).contains("« capture.txt »");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM intake_submission WHERE email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void onTheCasePageAnInfectedDocumentIsRefusedInWordsAndACleanOneSaysItWasScanned(@TempDir Path dir)
            throws Exception {
        var caseId = EvidenceScenario.fileCase(api);
        api.caseAtVersion(caseId, 0); // the page shows the case once the read model has it
        var password = StaffFixtures.account(port, "ilias", "paris-11", "STAFF");
        var infected = Files.write(dir.resolve("releve.txt"), TestClamd.eicar());
        var clean = Files.write(dir.resolve("courrier.txt"), LETTER);
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "ilias")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);

            browser.upload("file", infected)
                    .type("description", "Relevé de compte")
                    .submitForm("form[enctype='multipart/form-data']");
            assertThat(browser.textOnceItContains("#evidence-error", "virus"))
                    .contains("Pièce refusée", "« releve.txt »", "n'a pas été enregistré");
            assertThat(storedDocuments(caseId)).isZero();

            CLAMD.stop();
            try {
                browser.upload("file", clean)
                        .type("description", "Courrier envoyé")
                        .submitForm("form[enctype='multipart/form-data']");
                assertThat(browser.textOnceItContains("#evidence-error", "antivirus"))
                        .contains("n'a pas pu analyser le document", "n'a pas été enregistré");
                assertThat(storedDocuments(caseId)).isZero();
            } finally {
                CLAMD.restart();
            }

            browser.upload("file", clean)
                    .type("description", "Courrier envoyé")
                    .submitForm("form[enctype='multipart/form-data']");
            assertThat(browser.textOnceItContains("#notice", "jointe")).contains("courrier.txt");
            assertThat(browser.text(".scan")).startsWith("analysé par l'antivirus (ClamAV ");

            browser.open("/cases/" + caseId + "?lang=en");
            assertThat(browser.text(".scan")).startsWith("scanned by the antivirus (ClamAV ");
            browser.upload("file", infected)
                    .type("description", "Bank statement")
                    .submitForm("form[enctype='multipart/form-data']");
            assertThat(browser.textOnceItContains("#evidence-error", "virus"))
                    .contains("The antivirus found a virus", "“releve.txt”", "was not recorded");
            assertThat(browser.accessibilityViolations())
                    .as("WCAG 2.1 AA, with the refusal and a scanned document")
                    .isEmpty();
            browser.viewport(390, 844);
            assertThat(browser.horizontalOverflow())
                    .as("at 390 px, scrolls sideways by")
                    .isZero();
        }
        assertThat(storedDocuments(caseId)).isOne();
    }

    private int storedDocuments(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM evidence_document WHERE case_id = ?", Integer.class, caseId);
    }
}
