package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * ADR 24 on PostgreSQL, through the API, the pages in Chromium and the exports: the details of a mediation's outcome
 * (L612-3) become a confidential note on the recorded entry, never part of the event, the case file or the exports
 * unless the parties agreed; an outcome recorded before with its details is exported without them, and staff still
 * read them among the confidential notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class MediationOutcomeConfidentialityIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void theOutcomesDetailsGoIntoAConfidentialNoteAndNoExport() throws Exception {
        var api = new ApiClient(port);
        var caseId = inMediation(api);

        ok(api.post("/api/cases/" + caseId + "/mediation-outcome", """
                {"outcome": "PARTIAL_AGREEMENT", "concludedOn": "%s",
                 "details": "Le professionnel reconnaît une erreur de facturation"}""".formatted(today().minusDays(1))));
        var history = api.awaitHistory(caseId, 5);
        assertThat(history.get(4).get("data").asString())
                .contains("\"details\":null")
                .doesNotContain("erreur de facturation");
        assertThat(api.caseAtVersion(caseId, 4).toString()).doesNotContain("erreur de facturation");
        var notes = api.json(api.get("/api/cases/" + caseId + "/confidential-notes"));
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("entry").asLong()).isEqualTo(4);
        assertThat(notes.get(0).get("subject").asString()).isEqualTo("OUTCOME");
        assertThat(notes.get(0).get("text").asString())
                .isEqualTo("Le professionnel reconnaît une erreur de facturation");

        var tooLong = api.post("/api/cases/" + caseId + "/corrections/mediation-outcome", """
                {"entry": 4, "outcome": "AGREEMENT", "concludedOn": "%s", "details": "%s", "reason": "Relu"}""".formatted(
                        today().minusDays(1), "x".repeat(20_001)));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(tooLong).get("field").asString()).isEqualTo("details");
        ok(api.post("/api/cases/" + caseId + "/corrections/mediation-outcome", """
                {"entry": 4, "outcome": "AGREEMENT", "concludedOn": "%s",
                 "details": "Accord complet après relecture de l'avis", "reason": "Avis du médiateur relu"}""".formatted(today().minusDays(1))));
        assertThat(api.awaitHistory(caseId, 6).get(5).get("data").asString()).contains("\"details\":null");
        assertThat(api.json(api.get("/api/cases/" + caseId + "/confidential-notes"))
                        .get(1)
                        .get("entry")
                        .asLong())
                .isEqualTo(5);

        assertNotExported(api, caseId, "erreur de facturation", "relecture de l'avis");
        assertThat(pdfText(api.download("/api/cases/" + caseId + "/export.pdf?partiesAgreed=true")
                        .getBody()))
                .contains("erreur de facturation", "relecture de l'avis");
    }

    @Test
    void onThePageTheDetailsAreAConfidentialNote() throws Exception {
        var api = new ApiClient(port);
        var caseId = inMediation(api);
        var password = StaffFixtures.account(port, "solene", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "solene")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            browser.click("Issue de la médiation")
                    .choose("outcome", "accord partiel")
                    .date("concludedOn", today().minusDays(1))
                    .type("details", "Le médiateur estime la clause abusive")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Issue de la médiation");
            assertThat(browser.text("#confidential-notes"))
                    .contains("Entrée n° 4", "Le médiateur estime la clause abusive");
        }
        api.awaitHistory(caseId, 5);
        assertNotExported(api, caseId, "clause abusive");
    }

    @Test
    void detailsRecordedBeforeAreLeftOutOfTheExportsAndShownAsAConfidentialNote() throws Exception {
        var api = new ApiClient(port);
        var caseId = inMediation(api);
        // an outcome as the step recorded it before ADR 24, its details in the event
        eventStore.publish(new GenericDomainEventMessage<>(
                "ComplaintCase",
                caseId,
                4,
                new MediationConcluded(
                        new CaseId(caseId),
                        MediationOutcome.PROPOSAL_REFUSED,
                        today().minusDays(2),
                        "Le professionnel a admis en séance avoir ignoré trois courriers"),
                MetaData.with(ActorMetaData.STAFF_MEMBER, "admin")));
        var history = api.awaitHistory(caseId, 5);
        assertThat(history.get(4).get("data").asString()).contains("ignoré trois courriers");
        assertThat(api.caseAtVersion(caseId, 4).toString()).doesNotContain("ignoré trois courriers");

        var notes = api.json(api.get("/api/cases/" + caseId + "/confidential-notes"));
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("entry").asLong()).isEqualTo(4);
        assertThat(notes.get(0).get("text").asString()).contains("ignoré trois courriers");
        var json =
                new String(api.download("/api/cases/" + caseId + "/export.json").getBody(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"entriesWithConfidentialDetailsWithheld\"");
        assertNotExported(api, caseId, "ignoré trois courriers");
        assertThat(new String(
                        api.download("/api/cases/" + caseId + "/export.json?partiesAgreed=true")
                                .getBody(),
                        StandardCharsets.UTF_8))
                .contains("ignoré trois courriers")
                .doesNotContain("entriesWithConfidentialDetailsWithheld");

        var password = StaffFixtures.account(port, "gael", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "gael")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#confidential-notes")).contains("Entrée n° 4", "ignoré trois courriers");
        }
    }

    /** A case whose mediation is under way, its read model caught up (version 3). */
    private static String inMediation(ApiClient api) {
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post(
                "/api/cases/" + caseId + "/letters",
                PrimeVideoCase.letter("Amazon Digital France SAS", today().minusMonths(3))));
        ok(api.post(
                "/api/cases/" + caseId + "/letters/1/delivery",
                PrimeVideoCase.delivery(today().minusMonths(3).plusDays(2))));
        ok(api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(today().minusDays(10))));
        api.caseAtVersion(caseId, 3);
        return caseId;
    }

    private static void assertNotExported(ApiClient api, String caseId, String... texts) throws Exception {
        var json =
                new String(api.download("/api/cases/" + caseId + "/export.json").getBody(), StandardCharsets.UTF_8);
        var csv =
                new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        for (var text : texts) {
            assertThat(json).as("the JSON export").doesNotContain(text);
            assertThat(csv).as("the CSV export").doesNotContain(text);
            assertThat(pdf).as("the PDF export").doesNotContain(text);
            assertThat(api.get("/api/cases/" + caseId).getBody()).as("the case").doesNotContain(text);
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
