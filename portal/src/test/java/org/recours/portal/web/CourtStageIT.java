package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.portal.ApiClient;
import org.recours.portal.PdfText;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, the court stage, on PostgreSQL through the pages in Chromium and the API: a case without the day the
 * facts were known says its limitation date is unknown and asks for it; once given, the page and the PDF show the
 * date and its reminders are scheduled; a claim of 5,000 euros with no amicable attempt on file is refused naming
 * CPC art. 750-1, then recorded with a reason and shown as at risk; a conciliation covers the next one; a registered
 * letter returned unclaimed counts, its window running from its first presentation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CourtStageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffTakeACaseToCourtWithTheLimitationAndArticle7501InView() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var knownOn = today().minusYears(1);
        var endsOn = knownOn.plusYears(5);
        var sentOn = today().minusMonths(1);
        ok(api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter("Amazon Digital France SAS", sentOn)));
        api.caseAtVersion(caseId, 1); // the page reads the case's read model: wait until it has the letter

        var password = StaffFixtures.account(port, "basile", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "basile")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/cases/" + caseId);
            assertThat(browser.text("#limitation")).contains("Date de prescription inconnue");
            browser.click("Indiquer la date de connaissance des faits")
                    .date("knownOn", knownOn)
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Date de connaissance");
            assertThat(browser.text("#limitation"))
                    .contains("au plus tard le " + FrenchDate.of(endsOn), "faits connus le " + FrenchDate.of(knownOn));

            browser.click("Courrier retourné par la poste (non réclamé ou refusé)")
                    .chooseValue("reason", "UNCLAIMED")
                    .date("firstPresentedOn", sentOn.plusDays(2))
                    .date("returnedOn", sentOn.plusDays(17))
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Courrier retourné");
            assertThat(browser.text(".deadlines"))
                    .contains(
                            "pli avisé et non réclamé",
                            FrenchDate.of(sentOn.plusDays(2).plusMonths(2)));

            browser.click("Action en justice")
                    .type("court", "Tribunal judiciaire de Nanterre")
                    .date("filedOn", today())
                    .type("summary", "Remboursement des mois avec publicité")
                    .chooseValue("claimKind", "SUM")
                    .type("claimAmount", "5000,00")
                    .submit();
            assertThat(browser.textOnceItContains("#form-error", "750-1")).contains("5 000,00 €");
            browser.type("filedAnywayReason", "Assignation délivrée par l'avocat de la consommatrice")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Action en justice");
            assertThat(browser.text(".inadmissibility-risk"))
                    .contains("Risque d'irrecevabilité", "5 000,00 €", "Assignation délivrée par l'avocat");
            browser.scrollTo("h2 + .deadlines").screenshot("court-stage");
            browser.viewport(390, 844);
            browser.open("/cases/" + caseId);
            assertThat(browser.horizontalOverflow())
                    .as("the case page at 390 px scrolls sideways by")
                    .isZero();
        }

        var file = api.caseAtVersion(caseId, 5);
        assertThat(file.get("letters").get(0).get("returnReason").asString()).isEqualTo("UNCLAIMED");
        assertThat(file.get("legalDates").get("responseDueOn").asString())
                .isEqualTo(sentOn.plusDays(2).plusMonths(2).toString());
        assertThat(file.get("limitation").get("endsOn").asString()).isEqualTo(endsOn.toString());
        assertThat(file.get("courtActions").get(0).get("inadmissibilityRisk").asBoolean())
                .isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT task_instance FROM scheduled_tasks WHERE task_instance LIKE ?",
                        String.class,
                        "%" + caseId + "/limitation/%"))
                .as("the court action ended the limitation reminders")
                .isEmpty();

        var pdf =
                PdfText.of(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf)
                .contains(
                        "Action à introduire au plus tard le " + FrenchDate.of(endsOn),
                        "RISQUE D'IRRECEVABILITÉ",
                        "pli avisé et non réclamé");
        assertThat(api.get("/v3/api-docs").getBody())
                .contains(
                        "/api/cases/{caseId}/conciliations",
                        "/api/cases/{caseId}/conciliation/outcome",
                        "/api/cases/{caseId}/facts-known",
                        "/api/cases/{caseId}/letters/{letterNumber}/return");
    }

    @Test
    void aConciliationCoversAClaimOfFiveThousandEurosAndTheRefusalNamesTheRule() {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var courtAction = """
                {"court": "Tribunal judiciaire de Nanterre", "filedOn": "%s", "summary": "Remboursement",
                 "claim": {"monetary": true, "amount": 5000.00}}""".formatted(today());

        var refused = api.post("/api/cases/" + caseId + "/court-actions", courtAction);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(refused).get("rule").asString()).isEqualTo("PRIOR_AMICABLE_ATTEMPT_REQUIRED");
        assertThat(api.json(refused).get("legalBasis").asString()).contains("750-1");

        var noClaim = api.post("/api/cases/" + caseId + "/court-actions", """
                {"court": "Tribunal judiciaire de Nanterre", "filedOn": "%s", "summary": "Remboursement"}""".formatted(today()));
        assertThat(noClaim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noClaim.getBody()).contains("claim");

        ok(api.post("/api/cases/" + caseId + "/conciliations", """
                {"conciliator": "M. Durand, mairie du 11e", "requestedOn": "%s"}""".formatted(today().minusDays(20))));
        ok(api.post("/api/cases/" + caseId + "/conciliation/outcome", """
                {"outcome": "NO_AGREEMENT", "concludedOn": "%s", "details": "Constat de non-conciliation"}""".formatted(today().minusDays(2))));
        ok(api.post("/api/cases/" + caseId + "/court-actions", courtAction));

        var action = api.caseAtVersion(caseId, 4).get("courtActions").get(0);
        assertThat(action.get("attemptBasis").asString()).isEqualTo("CONCILIATION");
        assertThat(action.get("attemptEndedOn").asString())
                .isEqualTo(today().minusDays(2).toString());
        assertThat(action.get("inadmissibilityRisk").asBoolean()).isFalse();
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.CREATED);
    }
}
