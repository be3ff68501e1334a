package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, the mediation stage, on PostgreSQL through the pages in Chromium and the API: before the seizure is
 * notified the mediator's last day is provisional; the file's receipt shows the three weeks of L612-2; the notice
 * (R612-2) starts the 90 days of R612-5; an extension moves the last day, its reminder and the exports; refusals name
 * the rule and record nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class MediationStageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffFollowTheMediatorFromTheRequestToAnExtension() throws Exception {
        var api = new ApiClient(port);
        var requestedOn = today().minusDays(10);
        var receivedOn = today().minusDays(8);
        var notifiedOn = today().minusDays(5);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post(
                "/api/cases/" + caseId + "/letters",
                PrimeVideoCase.letter("Amazon Digital France SAS", today().minusMonths(3))));
        ok(api.post(
                "/api/cases/" + caseId + "/letters/1/delivery",
                PrimeVideoCase.delivery(today().minusMonths(3).plusDays(2))));
        ok(api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(requestedOn)));
        api.caseAtVersion(caseId, 3); // the page reads the case's read model: wait until it has the mediation

        var password = StaffFixtures.account(port, "lucie", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "lucie")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/cases/" + caseId);
            assertThat(browser.text(".deadlines"))
                    .contains(FrenchDate.of(requestedOn.plusDays(90)), "date provisoire : 90 jours après la demande");

            browser.click("Dossier reçu par le médiateur")
                    .date("receivedOn", receivedOn)
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Dossier reçu par le médiateur");
            assertThat(browser.text(".deadlines"))
                    .contains(
                            "Le médiateur peut rejeter la demande jusqu'au " + FrenchDate.of(receivedOn.plusWeeks(3)));

            assertThat(browser.text("#offered-steps"))
                    .contains("Saisine notifiée par le médiateur")
                    .doesNotContain(
                            "Prolongation du délai du médiateur",
                            "Dossier reçu par le médiateur",
                            "Saisine du médiateur de la consommation",
                            "Réouverture du dossier");
            browser.element("#unavailable-steps summary").click();
            assertThat(browser.text("#unavailable-mediation-prolongation")).contains("R612-2");
            browser.open("/cases/" + caseId + "/mediation-prolongation")
                    .date("notifiedOn", today())
                    .date("extendedUntil", today().plusDays(120))
                    .submit();
            assertThat(browser.textOnceItContains("#form-error", "R612")).contains("R612-2");

            browser.open("/cases/" + caseId);
            browser.click("Saisine notifiée par le médiateur")
                    .date("notifiedOn", notifiedOn)
                    .type("reference", "MED-N-118")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Saisine notifiée");
            assertThat(browser.text(".deadlines"))
                    .contains(
                            FrenchDate.of(notifiedOn.plusDays(90)),
                            "90 jours après la notification de la saisine du " + FrenchDate.of(notifiedOn))
                    .doesNotContain("date provisoire", "peut rejeter la demande");
        }

        var extended = api.post(
                "/api/cases/" + caseId + "/mediation/extension", """
                {"notifiedOn": "%s", "extendedUntil": "%s"}""".formatted(today(), today().plusDays(120)));
        ok(extended);
        var mediation = api.caseAtVersion(caseId, 6).get("mediations").get(0);
        assertThat(mediation.get("conclusionDueOn").asString())
                .isEqualTo(today().plusDays(120).toString());
        assertThat(mediation.get("seizureNotifiedOn").asString()).isEqualTo(notifiedOn.toString());
        assertThat(mediation.get("seizureReference").asString()).isEqualTo("MED-N-118");
        assertThat(mediation.get("extendedOn").asString()).isEqualTo(today().toString());
        assertThat(jdbc.queryForList(
                        "SELECT task_instance FROM scheduled_tasks WHERE task_instance LIKE ?",
                        String.class,
                        "%" + caseId + "/mediator-conclusion/%"))
                .as("one reminder, on the new day")
                .hasSize(1);

        var refused = api.post(
                "/api/cases/" + caseId + "/mediation/extension", """
                {"notifiedOn": "%s", "extendedUntil": "%s"}""".formatted(today(), today().plusDays(100)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(refused).get("rule").asString()).isEqualTo("EXTENSION_MUST_POSTPONE");
        assertThat(api.json(refused).get("legalBasis").asString()).contains("R612-5");

        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf)
                .contains(
                        "prolongé le " + FrenchDate.of(today()) + " jusqu'au " + FrenchDate.of(today().plusDays(120)),
                        "Saisine du médiateur notifiée aux parties le " + FrenchDate.of(notifiedOn));
        assertThat(api.get("/v3/api-docs").getBody())
                .contains(
                        "/api/cases/{caseId}/mediation/file-receipt",
                        "/api/cases/{caseId}/mediation/seizure-notice",
                        "/api/cases/{caseId}/mediation/extension");
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.CREATED);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
