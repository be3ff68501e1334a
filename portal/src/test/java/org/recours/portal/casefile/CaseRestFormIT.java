package org.recours.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.recours.testing.approval.ApprovedForm;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST JSON of a case ({@code GET /api/cases/{id}}) is a contract with the association's programs: a case that
 * went through every step and was reopened, then a closed one, are approved in
 * {@code src/test/resources/stored-forms/rest/case.approved.json}, their values that change from run to run
 * (reference, ids, dates, times) replaced by their kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CaseRestFormIT {

    private static final ApprovedForm FORMS = new ApprovedForm("src/test/resources/stored-forms/rest", "json");
    private static final Pattern INSTANT = Pattern.compile("\"\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\"");
    private static final Pattern DATE = Pattern.compile("\"\\d{4}-\\d\\d-\\d\\d\"");
    private static final Pattern UUID =
            Pattern.compile("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"");

    @LocalServerPort
    int port;

    @Test
    void theRestFormOfACaseThroughEveryStepIsTheApprovedOne() {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var sent = today().minusMonths(3);
        step(api, caseId, "help-centre-consultations", """
                {"consultedOn": "%s", "findings": "La FAQ renvoie vers l'offre sans publicité à 1,99 €"}""".formatted(sent.minusDays(20)));
        step(api, caseId, "support-contacts", PrimeVideoCase.supportContact(sent.minusDays(10)));
        step(api, caseId, "letters", PrimeVideoCase.letter("Amazon Digital France SAS", sent));
        step(api, caseId, "letters/1/delivery", PrimeVideoCase.delivery(sent.plusDays(2)));
        step(api, caseId, "responses", """
                {"receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "PARTIAL",
                 "offer": "Un mois offert"}""".formatted(sent.plusDays(20)));
        step(api, caseId, "mediations", PrimeVideoCase.mediation(today().minusDays(20)));
        step(api, caseId, "mediation-outcome", """
                {"outcome": "PROPOSAL_REFUSED", "concludedOn": "%s", "details": "Pas d'accord"}""".formatted(today().minusDays(5)));
        step(api, caseId, "court-actions", """
                {"court": "Tribunal judiciaire de Nanterre", "filedOn": "%s", "reference": "RG 26/01234",
                 "summary": "Injonction de faire", "claim": {"monetary": false}}""".formatted(today().minusDays(1)));
        step(api, caseId, "notes", PrimeVideoCase.note("Rappeler la consommatrice"));
        assertThat(api.upload(
                                "/api/cases/" + caseId + "/evidence",
                                "capture.txt",
                                "Publicité pendant un film".getBytes(StandardCharsets.UTF_8),
                                "Capture")
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        step(api, caseId, "closure", """
                {"resolution": "PARTIALLY_RESOLVED", "amountObtained": 5.97, "summary": "Trois mois remboursés"}""");
        step(api, caseId, "reopening", """
                {"reason": "Les publicités sont revenues"}""");

        var closedId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        step(api, closedId, "closure", """
                {"resolution": "RESOLVED", "amountObtained": 35.88, "summary": "Remboursé"}""");

        var reopened = api.get("/api/cases/"
                        + api.caseAtVersion(caseId, 12).get("caseId").asString())
                .getBody();
        var closed = api.get("/api/cases/"
                        + api.caseAtVersion(closedId, 1).get("caseId").asString())
                .getBody();

        FORMS.verify(
                "case",
                normalized(reopened, caseId) + "\n" + normalized(closed, closedId) + "\n",
                "the REST JSON of a case (GET /api/cases/{id})",
                """
                The JSON the API answers for a case has changed: programs of the association read it. If the \
                change is unintended (a new field of an event record showing through, a renamed component), undo \
                it; if it is wanted, approve it and say so in the README and the changelog of the API.""");
    }

    private static void step(ApiClient api, String caseId, String path, String body) {
        var response = api.post("/api/cases/" + caseId + "/" + path, body);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + ": " + response.getBody())
                .isTrue();
    }

    private static String normalized(String json, String caseId) {
        var pretty = JsonMapper.builder().build().readTree(json).toPrettyString();
        pretty = pretty.replace("\"" + caseId + "\"", "\"<case reference>\"");
        pretty = INSTANT.matcher(pretty).replaceAll("\"<instant>\"");
        pretty = DATE.matcher(pretty).replaceAll("\"<date>\"");
        return UUID.matcher(pretty).replaceAll("\"<uuid>\"");
    }
}
