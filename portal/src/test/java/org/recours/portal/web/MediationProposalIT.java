package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;

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
 * Issue 13 on PostgreSQL, through the pages in Chromium and the API: the mediator's proposal (R612-4) with its last
 * day, reminded before it; the parties' answers deciding the outcome; a second mediation of the same dispute
 * refused under L612-2 3°, then allowed by a supervisor's reason; the one year of L612-2 4° running from an email
 * to customer support sent before the letter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class MediationProposalIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffRecordTheProposalAndTheAnswersDecideTheOutcome() throws Exception {
        var api = new ApiClient(port);
        var proposedOn = today().minusDays(3);
        var acceptBy = today().plusDays(20);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post(
                "/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), today().minusMonths(3))));
        ok(api.post(
                "/api/cases/" + caseId + "/letters/1/delivery",
                PrimeVideoCase.delivery(today().minusMonths(3).plusDays(2))));
        ok(api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(today().minusDays(10))));
        // the page offers the steps the case allows as its read model stands: wait for the mediation to show there
        api.caseAtVersion(caseId, 3);

        var refusedEarly = api.post("/api/cases/" + caseId + "/mediation/proposal/answers", """
                {"party": "CONSUMER", "accepted": true, "answeredOn": "%s"}""".formatted(today()));
        assertThat(refusedEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(refusedEarly).get("rule").asString()).isEqualTo("NO_PENDING_PROPOSAL");

        var password = StaffFixtures.account(port, "oceane", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "oceane")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/cases/" + caseId);
            browser.click("Proposition du médiateur")
                    .date("proposedOn", proposedOn)
                    .date("acceptBy", acceptBy)
                    .type("content", "Remboursement de six mois d'abonnement")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Proposition du médiateur");
            assertThat(browser.text(".deadlines"))
                    .contains(
                            "Proposition du médiateur du " + FrenchDate.of(proposedOn)
                                    + " : à accepter ou refuser au plus tard le " + FrenchDate.of(acceptBy),
                            "réponse attendue");
            assertThat(browser.text("#confidential-notes"))
                    .contains("Entrée n° 4 (proposition du médiateur)", "Remboursement de six mois d'abonnement");

            browser.click("Réponse à la proposition du médiateur")
                    .choose("party", "le consommateur")
                    .choose("answer", "acceptée")
                    .date("answeredOn", today().plusDays(1))
                    .submit();
            assertThat(browser.textOnceItContains("#form-error", "futur")).isNotBlank();

            browser.open("/cases/" + caseId);
            browser.click("Réponse à la proposition du médiateur")
                    .choose("party", "le consommateur")
                    .choose("answer", "acceptée")
                    .date("answeredOn", today())
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Réponse à la proposition");
            assertThat(browser.text(".proposal"))
                    .contains(
                            "le consommateur : acceptée le " + FrenchDate.of(today()),
                            "le professionnel : réponse attendue");
            browser.type("note-entry", "1")
                    .chooseValue("note-subject", "PROPOSAL")
                    .type("note-text", "Le professionnel propose aussi un avoir")
                    .submitForm("#confidential-form");
            assertThat(browser.textOnceItContains("#confidential-error", "n'est pas"))
                    .contains("entrée n° 1");
            browser.type("note-entry", "4")
                    .chooseValue("note-subject", "PROPOSAL")
                    .type("note-text", "Le professionnel propose aussi un avoir")
                    .submitForm("#confidential-form");
            assertThat(browser.textOnceItContains("#notice", "ajoutée")).contains("Note confidentielle ajoutée");
            assertThat(browser.text("#confidential-notes")).contains("Le professionnel propose aussi un avoir");
            assertThat(browser.horizontalOverflow()).as("at 1366 px").isZero();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.viewport(390, 844);
            browser.open("/cases/" + caseId);
            assertThat(browser.horizontalOverflow()).as("at 390 px").isZero();
            browser.screenshot("case-mediation-proposal-390");
            browser.viewport(1366, 768);
        }
        assertThat(jdbc.queryForList(
                        "SELECT task_instance FROM scheduled_tasks WHERE task_instance LIKE ?",
                        String.class,
                        "%" + caseId + "/mediation-proposal/%"))
                .as("the reminder before the last day")
                .hasSize(1);

        ok(api.post("/api/cases/" + caseId + "/mediation/proposal/answers", """
                {"party": "COMPANY", "accepted": false, "answeredOn": "%s"}""".formatted(today())));
        var mediation = api.caseAtVersion(caseId, 7).get("mediations").get(0);
        assertThat(mediation.get("outcome").asString()).isEqualTo("PROPOSAL_REFUSED");
        assertThat(mediation.get("proposal").get("companyAccepted").asBoolean()).isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT task_instance FROM scheduled_tasks WHERE task_instance LIKE ?",
                        String.class,
                        "%" + caseId + "/mediation-proposal/%"))
                .as("no reminder once decided")
                .isEmpty();

        var again = api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(today()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(again).get("rule").asString()).isEqualTo("DISPUTE_ALREADY_EXAMINED");
        assertThat(api.json(again).get("legalBasis").asString()).contains("L612-2 3°");
        assertThat(api.json(again).get("detail").asString()).contains("déjà été examiné");

        ok(api.post("/api/cases/" + caseId + "/mediations", """
                {"mediator": "Médiateur des communications électroniques", "requestedOn": "%s",
                 "examinationOverrideReason": "Autre litige : la résiliation refusée, pas les publicités"}""".formatted(today())));
        var told = toldOnceItHas(api, caseId, 10);
        assertThat(told)
                .contains(
                        "Médiation terminée le " + FrenchDate.of(today())
                                + ", proposition du médiateur refusée. Le détail est confidentiel",
                        "Motif : Autre litige");

        assertThat(told).doesNotContain("six mois");
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody()))
                .doesNotContain("six mois");
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/export.pdf?partiesAgreed=true")
                        .getBody()))
                .contains("produites avec l'accord des parties", "Remboursement de six mois");
        assertThat(new String(
                        api.download("/api/cases/" + caseId + "/export.json").getBody(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("six mois");

        var misplaced = api.post("/api/cases/" + caseId + "/confidential-notes", """
                {"entry": 1, "subject": "OUTCOME", "text": "Le professionnel a reconnu ses torts"}""");
        assertThat(misplaced.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(misplaced).get("detail").asString()).contains("n'est pas l'issue d'une médiation");
        var outcomeNote = api.post("/api/cases/" + caseId + "/confidential-notes", """
                {"entry": 7, "subject": "OUTCOME", "text": "Le professionnel a reconnu ses torts"}""");
        assertThat(outcomeNote.getStatusCode()).as(outcomeNote.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.json(api.get("/api/cases/" + caseId + "/confidential-notes")))
                .hasSize(3);

        assertThat(api.get("/v3/api-docs").getBody())
                .contains(
                        "/api/cases/{caseId}/mediation/proposal",
                        "/api/cases/{caseId}/mediation/proposal/answers",
                        "/api/cases/{caseId}/confidential-notes");
    }

    @Test
    void theDirectoryHoldsTheMediatorsDetailsAndTheMediationFormNamesIt() throws Exception {
        var api = new ApiClient(port);
        var refused = api.put("/api/admin/companies/mediaflix", """
                {"name": "Mediaflix", "headOffices": [{"entity": "Mediaflix SAS", "street": "1 rue de la Paix",
                  "postalCode": "75002", "city": "Paris", "country": "France"}],
                 "mediator": {"name": "Médiateur du numérique", "website": "www.mediateur.example"}}""");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(refused).get("detail").asString()).contains("https://");
        ok(api.put("/api/admin/companies/mediaflix", """
                {"name": "Mediaflix", "headOffices": [{"entity": "Mediaflix SAS", "street": "1 rue de la Paix",
                  "postalCode": "75002", "city": "Paris", "country": "France"}],
                 "mediator": {"name": "Médiateur du numérique", "website": "https://mediateur.example",
                              "postalAddress": "BP 1, 75001 Paris", "email": "saisine@mediateur.example"}}"""));
        var mediator = api.json(api.get("/api/companies/mediaflix/consumer-mediator"));
        assertThat(mediator.get("website").asString()).isEqualTo("https://mediateur.example");
        assertThat(mediator.get("email").asString()).isEqualTo("saisine@mediateur.example");
        assertThat(api.get("/api/companies/amazon-inconnue/consumer-mediator").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint().replace(COMPANY_ID, "mediaflix")))
                .get("caseId")
                .asString();
        api.caseAtVersion(caseId, 0); // the step page reads the case's read model
        var password = StaffFixtures.account(port, "ilan", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "ilan")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId + "/mediation");
            assertThat(browser.value("mediator")).isEqualTo("Médiateur du numérique");
        }
    }

    @Test
    void theOneYearRunsFromAnEmailToSupportSentBeforeTheLetter() throws Exception {
        var api = new ApiClient(port);
        var emailedOn = today().minusMonths(4);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/support-contacts", """
                {"channel": "EMAIL", "contactedOn": "%s", "summary": "Réclamation par courriel",
                 "outcome": "Sans réponse"}""".formatted(emailedOn)));
        ok(api.post(
                "/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), today().minusMonths(3))));

        ok(api.post("/api/cases/" + caseId + "/responses", """
                {"receivedOn": "%s", "channel": "EMAIL", "summary": "Refus : les conditions le permettent",
                 "assessment": "REJECTED"}""".formatted(today().minusMonths(2))));
        var satisfactory = api.post("/api/cases/" + caseId + "/responses/2/mediator-naming", """
                {"named": false}""");
        assertThat(satisfactory.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(satisfactory).get("rule").asString()).isEqualTo("ANSWER_NOT_A_REJECTION");
        ok(api.post("/api/cases/" + caseId + "/responses/1/mediator-naming", """
                {"named": false}"""));
        assertThat(api.caseAtVersion(caseId, 4)
                        .get("responses")
                        .get(0)
                        .get("mediatorNamed")
                        .asBoolean())
                .isFalse();
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/formal-letter.pdf")
                        .getBody()))
                .contains("L616-1");

        var dates = api.caseAtVersion(caseId, 4).get("legalDates");
        assertThat(dates.get("mediationAdmissibleUntil").asString())
                .isEqualTo(emailedOn.plusYears(1).toString());
        assertThat(dates.get("earliestWrittenComplaint").get("channel").asString())
                .isEqualTo("EMAIL");

        var password = StaffFixtures.account(port, "iris", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "iris")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text(".l616-breach"))
                    .contains("réponse n° 1 rejette la réclamation sans désigner", "DGCCRF");
            assertThat(browser.text(".written-complaint"))
                    .contains("le contact écrit avec le service client " + "(courriel) du " + FrenchDate.of(emailedOn));
        }
    }

    /** The French sentences of the case's history once the audit trail holds {@code entries} entries. */
    private static String toldOnceItHas(ApiClient api, String caseId, int entries) throws InterruptedException {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var history = api.json(api.get("/api/cases/" + caseId + "/history"));
            if (history.size() >= entries || System.nanoTime() > deadline) {
                var told = new StringBuilder();
                history.forEach(
                        entry -> told.append(entry.get("summaryFr").asString()).append('\n'));
                return told.toString();
            }
            Thread.sleep(100);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString();
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.CREATED);
    }
}
