package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * ADR 24 on PostgreSQL, through the API and the pages in Chromium: a returned letter, a conciliation and a court
 * action's claim are corrected, each naming its entry; the corrected first presentation moves the response window,
 * the corrected claim is assessed again under CPC art. 750-1; the history shows the original and its correction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CourtStageCorrectionsIT {

    @LocalServerPort
    int port;

    @Test
    void aReturnedLetterCorrectedMovesTheResponseWindow() throws Exception {
        var api = new ApiClient(port);
        var sentOn = today().minusDays(20);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter("Amazon Digital France SAS", sentOn)));
        ok(api.post(
                "/api/cases/" + caseId + "/letters/1/return", """
                {"reason": "UNCLAIMED", "firstPresentedOn": "%s", "returnedOn": "%s"}""".formatted(sentOn.plusDays(3), sentOn.plusDays(18))));
        var before = api.caseAtVersion(caseId, 2)
                .get("legalDates")
                .get("responseDueOn")
                .asString();
        assertThat(before).isEqualTo(sentOn.plusDays(3).plusMonths(2).toString());

        var unchanged = api.post("/api/cases/" + caseId + "/corrections/letter-return", """
                {"entry": 2, "returnReason": "UNCLAIMED", "firstPresentedOn": "%s", "returnedOn": "%s",
                 "reason": "Relu"}""".formatted(
                        sentOn.plusDays(3), sentOn.plusDays(18)));
        assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(unchanged).get("rule").asString()).isEqualTo("CORRECTION_CHANGES_NOTHING");
        var withoutReason = api.post("/api/cases/" + caseId + "/corrections/letter-return", """
                {"entry": 2, "returnReason": "REFUSED", "firstPresentedOn": "%s", "returnedOn": "%s"}""".formatted(
                        sentOn.plusDays(1), sentOn.plusDays(18)));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(withoutReason).get("field").asString()).isEqualTo("reason");

        ok(api.post("/api/cases/" + caseId + "/corrections/letter-return", """
                {"entry": 2, "returnReason": "REFUSED", "firstPresentedOn": "%s", "returnedOn": "%s",
                 "reason": "Mention de La Poste relue"}""".formatted(
                        sentOn.plusDays(1), sentOn.plusDays(18))));
        var corrected = api.caseAtVersion(caseId, 3);
        assertThat(corrected.get("legalDates").get("responseDueOn").asString())
                .isEqualTo(sentOn.plusDays(1).plusMonths(2).toString());
        assertThat(corrected.get("letters").get(0).get("returnReason").asString())
                .isEqualTo("REFUSED");
        var history = api.awaitHistory(caseId, 4);
        assertThat(history.get(3).get("summaryFr").asString())
                .contains(
                        "Correction de l'entrée n° 2 (retour du " + "courrier n° 1)",
                        "présenté pour la première fois le " + FrenchDate.of(sentOn.plusDays(1)),
                        "Mention de La Poste relue");
        assertThat(api.get("/v3/api-docs").getBody())
                .contains(
                        "/api/cases/{caseId}/corrections/letter-return",
                        "/api/cases/{caseId}/corrections/court-claim",
                        "/api/cases/{caseId}/corrections/conciliation",
                        "/api/cases/{caseId}/corrections/conciliation-outcome");
    }

    @Test
    void aConciliationAndAClaimAreCorrectedThroughTheApiAndThePage() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/conciliations", """
                {"conciliator": "M. Durand", "requestedOn": "%s"}""".formatted(today().minusDays(40))));
        ok(api.post("/api/cases/" + caseId + "/conciliation/outcome", """
                {"outcome": "NO_AGREEMENT", "concludedOn": "%s", "details": "Pas d'accord"}""".formatted(today().minusDays(10))));
        ok(api.post("/api/cases/" + caseId + "/court-actions", """
                {"court": "Tribunal judiciaire de Nanterre", "filedOn": "%s", "summary": "Assignation",
                 "claim": {"monetary": true, "amount": 6000}}""".formatted(today().minusDays(5))));
        api.caseAtVersion(caseId, 4);

        var refused = api.post(
                "/api/cases/" + caseId + "/corrections/conciliation-outcome", """
                {"entry": 1, "outcome": "AGREEMENT", "concludedOn": "%s", "details": "Accord", "reason": "Relu"}""".formatted(today().minusDays(10)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(refused).get("rule").asString()).isEqualTo("UNKNOWN_ENTRY");
        ok(api.post("/api/cases/" + caseId + "/corrections/court-claim", """
                {"entry": 4, "claim": {"monetary": true, "amount": 5000.00}, "reason": "Montant relu"}"""));
        var action = api.caseAtVersion(caseId, 5).get("courtActions").get(0);
        assertThat(action.get("attemptBasis").asString()).isEqualTo("CONCILIATION");
        assertThat(action.get("inadmissibilityRisk").asBoolean()).isFalse();

        var password = StaffFixtures.account(port, "noemie", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "noemie")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId + "/correction-issue-conciliation");
            browser.type("entry", "2")
                    .choose("outcome", "le professionnel ne s'est pas présenté (constat de carence)")
                    .date("concludedOn", today().minusDays(9))
                    .type("details", "Le professionnel ne s'est pas présenté")
                    .type("reason", "Constat relu")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré"))
                    .contains("Correction de l'issue d'une conciliation");
        }
        var history = api.awaitHistory(caseId, 7);
        assertThat(history.get(6).get("summaryFr").asString())
                .contains(
                        "Correction de l'entrée n° 2 (issue de la " + "conciliation n° 1)",
                        "motif de la correction : Constat relu");
        assertThat(api.caseAtVersion(caseId, 6)
                        .get("conciliations")
                        .get(0)
                        .get("concludedOn")
                        .asString())
                .isEqualTo(today().minusDays(9).toString());
    }

    /**
     * Code civil, art. 2238: the conciliation's first meeting suspends the limitation, its end lets it run again for
     * at least six months; the case, its page, its PDF and the reminders follow.
     */
    @Test
    void aConciliationSuspendsTheLimitationFromItsFirstMeeting() throws Exception {
        var api = new ApiClient(port);
        var knownOn = today().minusYears(5).plusDays(60);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/facts-known", """
                {"knownOn": "%s"}""".formatted(knownOn)));
        ok(api.post("/api/cases/" + caseId + "/conciliations", """
                {"conciliator": "M. Durand", "requestedOn": "%s"}""".formatted(today().minusDays(30))));
        var early =
                api.post("/api/cases/" + caseId + "/conciliation/first-meeting", """
                {"heldOn": "%s"}""".formatted(today().minusDays(31)));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(early).get("rule").asString()).isEqualTo("DATE_OUT_OF_ORDER");
        ok(api.post("/api/cases/" + caseId + "/conciliation/first-meeting", """
                {"heldOn": "%s"}""".formatted(today().minusDays(20))));
        var suspended = api.caseAtVersion(caseId, 3).get("limitation");
        assertThat(suspended.get("endsOn").isNull()).isTrue();
        assertThat(suspended.get("suspendedSince").asString())
                .isEqualTo(today().minusDays(20).toString());
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody()))
                .contains("par la conciliation en cours");

        ok(api.post("/api/cases/" + caseId + "/conciliation/outcome", """
                {"outcome": "NO_AGREEMENT", "concludedOn": "%s", "details": "Pas d'accord"}""".formatted(today().minusDays(10))));
        var endsOn = org.recours.kernel.law.Limitation.endsOn(
                knownOn,
                java.util.List.of(new org.recours.kernel.law.Limitation.Suspension(
                        today().minusDays(20), today().minusDays(10))));
        assertThat(endsOn).isEqualTo(today().minusDays(10).plusMonths(6));
        assertThat(api.caseAtVersion(caseId, 4).get("limitation").get("endsOn").asString())
                .isEqualTo(endsOn.toString());
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody()))
                .contains(FrenchDate.of(endsOn));
        assertThat(api.awaitHistory(caseId, 5).get(3).get("summaryFr").asString())
                .contains("Première réunion de la conciliation n° 1 le " + FrenchDate.of(today().minusDays(20)));

        var password = StaffFixtures.account(port, "yanis", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "yanis")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#limitation")).contains(FrenchDate.of(endsOn));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.CREATED);
    }
}
