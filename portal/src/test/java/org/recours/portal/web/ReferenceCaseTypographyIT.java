package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.evidence.SampleFilesAccess;
import org.recours.portal.letter.PdfText;
import org.recours.query.letter.LetterTemplates;
import org.recours.testing.UsesPostgres;
import org.recours.testing.spreadsheet.FrenchCsv;
import org.recours.testing.typography.FrenchTypography;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The French typography check (issue 16) over what staff, consumers and mediators read of the reference case: its
 * page and history in French and English, the letters from every template, the PDF history and the CSV chronology.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ReferenceCaseTypographyIT {

    @LocalServerPort
    int port;

    @Test
    void theReferenceCaseReadsInCorrectFrenchAndEnglish() throws IOException {
        var api = new ApiClient(port);
        var caseId = referenceCase(api);

        FrenchTypography.assertCorrectFrench(
                "la page du dossier", pageText(api.get("/cases/" + caseId).getBody()));
        FrenchTypography.assertCorrectEnglish(
                "the case page",
                pageText(api.get("/cases/" + caseId + "?lang=en").getBody()));
        for (var template : LetterTemplates.SHIPPED.keySet()) {
            FrenchTypography.assertCorrectFrench(
                    "la lettre " + template,
                    PdfText.of(api.download("/api/cases/" + caseId + "/from-template/" + template + ".pdf")
                            .getBody()));
        }
        var rows = FrenchCsv.read(
                api.download("/api/cases/" + caseId + "/export.csv").getBody());
        for (var row : rows) {
            FrenchTypography.assertCorrectFrench(
                    "la chronologie CSV, ligne " + row.get(0), String.join(" ", row.subList(3, 6)));
            FrenchTypography.assertCorrectEnglish("the CSV chronology, row " + row.get(0), row.get(6));
        }
    }

    private static String referenceCase(ApiClient api) {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        var today = PrimeVideoCase.today();
        api.post("/api/cases/" + caseId + "/support-contacts", PrimeVideoCase.supportContact(today.minusDays(80)));
        api.post(
                "/api/cases/" + caseId + "/letters",
                PrimeVideoCase.letter("Amazon Digital France SAS", today.minusDays(75)));
        api.post("/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(today.minusDays(72)));
        api.upload(
                "/api/cases/" + caseId + "/evidence",
                "capture.png",
                SampleFilesAccess.screenshot(),
                "Capture de l'écran de facturation");
        api.caseAtVersion(caseId, 4);
        return caseId;
    }

    /** A page's text as a reader sees it: without its scripts, styles and tags, entities decoded. */
    static String pageText(String html) {
        var body = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(body).replaceAll("[\\s\\u00a0]+", " ");
    }
}
