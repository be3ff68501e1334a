package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.FEVAD;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.query.evidence.BundleVerifier;
import org.recours.query.evidence.SigningKey;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 end to end, on PostgreSQL, through the API and the pages in Chromium: a case whose letter and receipt are
 * entered three months late states no silence by itself; staff confirm it on the page; an answer received in time,
 * entered afterwards, contradicts it; a correction is recorded with its reason; bad corrections record nothing. The
 * case page, the list, and the JSON, CSV and PDF exports tell the same story at each step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class LateEntriesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKey signingKey;

    @Test
    void aCaseEnteredLateInAnyOrderTellsTheSameTrueStoryEverywhere() throws Exception {
        var api = new ApiClient(port);
        var sentOn = today().minusMonths(3);
        var deliveredOn = sentOn.plusDays(2);
        var dueOn = LegalDeadlines.responseDeadline(deliveredOn, 2);
        var answeredOn = dueOn.minusDays(5);
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        var caseId = api.json(filed).get("caseId").asString();
        ok(api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), sentOn)));
        ok(api.post("/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(deliveredOn)));

        // 1. the letter and its receipt, entered after the window ended: no silence stated, nothing scheduled
        var waiting = api.caseAtVersion(caseId, 2);
        assertThat(waiting.get("status").asString()).isEqualTo("LETTER_DELIVERED");
        assertThat(waiting.get("legalDates").get("responseDeadlineExpired").asBoolean())
                .isFalse();
        assertThat(waiting.get("legalDates").get("mediationPossibleFrom").asString())
                .isEqualTo(dueOn.plusDays(1).toString());
        assertThat(kinds(api.awaitHistory(caseId, 3)))
                .containsExactly("ComplaintFiled", "LetterSent", "LetterDelivered");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?",
                        Integer.class,
                        "%" + caseId + "/response-window/%"))
                .as("no expiry of a past window scheduled")
                .isZero();

        var password = StaffFixtures.account(port, "ines", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "ines")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            // 2. the case page asks; staff answer "no": the silence is theirs
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#silence-question"))
                    .contains("L'entreprise a-t-elle répondu avant le " + FrenchDate.of(dueOn) + " inclus ?");
            browser.click("Non : constater son silence (enregistré à votre nom)")
                    .submit();
            assertThat(browser.text("#notice"))
                    .contains("Étape enregistrée : Constat du silence de l'entreprise (version 3)");
            assertThat(browser.text(".status")).isEqualTo("délai de réponse expiré");
            assertThat(browser.element("body").getText()).doesNotContain("L'entreprise a-t-elle répondu");
            var expiry = api.awaitHistory(caseId, 4).get(3);
            assertThat(expiry.get("kind").asString()).isEqualTo("ResponseDeadlineExpired");
            assertThat(expiry.get("actor").asString()).isEqualTo("ines");

            // 3. the answer received in time, found later, contradicts the recorded silence
            ok(api.post("/api/cases/" + caseId + "/responses", """
                    {"receivedOn": "%s", "channel": "POSTAL_MAIL", "summary": "Refus de retirer les publicités",
                     "assessment": "REJECTED"}""".formatted(answeredOn)));
            var answered = api.caseAtVersion(caseId, 5);
            assertThat(kinds(api.awaitHistory(caseId, 6)))
                    .endsWith("ResponseDeadlineExpired", "ResponseReceived", "ResponseDeadlineExpiryContradicted");
            assertThat(answered.get("status").asString()).isEqualTo("RESPONSE_RECEIVED");
            assertThat(answered.get("legalDates").get("responseDeadlineExpired").asBoolean())
                    .isFalse();
            assertThat(answered.get("legalDates").get("mediationPossibleFrom").asString())
                    .isEqualTo(answeredOn.toString());
            assertThat(listed(api, "RESPONSE_RECEIVED")).contains(caseId);
            assertThat(listed(api, "RESPONSE_OVERDUE")).doesNotContain(caseId);

            browser.open("/cases?q=" + caseId);
            assertThat(browser.text("table")).contains(caseId, "réponse de l'entreprise reçue");
            browser.open("/cases/" + caseId);
            assertThat(browser.text(".status")).isEqualTo("réponse de l'entreprise reçue");
            assertThat(browser.text(".deadlines"))
                    .doesNotContain("délai expiré sans réponse")
                    .contains("Médiation possible à partir du " + FrenchDate.of(answeredOn));
            assertThat(browser.text(".history"))
                    .contains(
                            "(contredite par l'entrée n° 5)",
                            "est contredite : la réponse de l'entreprise, reçue le " + FrenchDate.of(answeredOn));

            // 4. a correction through the page, with its reason; a bad one records nothing
            browser.click("Correction d'un envoi de courrier")
                    .type("entry", "99")
                    .chooseValue("addressee", CLICHY.entity())
                    .date("sentOn", sentOn)
                    .choose("method", "lettre recommandée avec accusé de réception")
                    .type("trackingNumber", "1A 123 456 7890 2")
                    .type("reason", "Numéro de suivi mal recopié")
                    .submit();
            assertThat(browser.text("#form-error")).contains("L'entrée n° 99");
            assertThat(browser.value("reason")).isEqualTo("Numéro de suivi mal recopié");
            browser.type("entry", "1").submit();
            assertThat(browser.text("#notice"))
                    .contains("Étape enregistrée : Correction d'un envoi de courrier (version 6)");
            assertThat(browser.text(".history"))
                    .contains(
                            "Correction de l'entrée n° 1 (envoi du courrier n° 1)",
                            "motif de la correction : Numéro de suivi mal recopié");
        }
        var corrected = api.caseAtVersion(caseId, 6);
        assertThat(corrected.get("letters").get(0).get("trackingNumber").asString())
                .isEqualTo("1A 123 456 7890 2");
        assertThat(api.awaitHistory(caseId, 7).get(6).get("actor").asString()).isEqualTo("ines");

        ok(api.post("/api/cases/" + caseId + "/corrections/complaint", """
                {"entry": 0, "category": "ADS_IN_PAID_SUBSCRIPTION", "facts": "Publicités depuis février 2024",
                 "amountAtStake": 47.76, "desiredOutcome": "Remboursement des mois avec publicité",
                 "reason": "Montant recalculé sur les relevés bancaires"}"""));
        var amended = api.caseAtVersion(caseId, 7);
        assertThat(amended.get("amountAtStake").toString()).contains("47.76");
        assertThat(amended.get("facts").asString()).isEqualTo("Publicités depuis février 2024");

        api.awaitHistory(caseId, 8); // the history, read apart from the case file, has caught up
        var beforeRefusals = entries(api, caseId);
        var tooEarly =
                api.post("/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 2, "deliveredOn": "%s", "reason": "Erreur"}""".formatted(sentOn.minusDays(1)));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(tooEarly).get("rule").asString()).isEqualTo("DATE_OUT_OF_ORDER");
        var notAStep = api.post("/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 3, "deliveredOn": "%s", "reason": "Erreur"}""".formatted(deliveredOn));
        assertThat(notAStep.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(notAStep).get("rule").asString()).isEqualTo("UNKNOWN_ENTRY");
        var inTheFuture =
                api.post("/api/cases/" + caseId + "/corrections/response", """
                {"entry": 4, "receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED",
                 "reason": "Erreur"}""".formatted(today().plusDays(1)));
        assertThat(inTheFuture.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(inTheFuture).get("field").asString()).isEqualTo("receivedOn");
        var withoutReason = api.post(
                "/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 2, "deliveredOn": "%s"}""".formatted(deliveredOn.plusDays(1)));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(withoutReason).get("field").asString()).isEqualTo("reason");
        assertThat(entries(api, caseId)).as("nothing recorded by the refusals").isEqualTo(beforeRefusals);

        // 5. every export tells the same story, and the chain still verifies
        var json = api.json(api.get("/api/cases/" + caseId + "/export.json"));
        assertThat(kinds(json.get("entries")))
                .containsExactly(
                        "ComplaintFiled",
                        "LetterSent",
                        "LetterDelivered",
                        "ResponseDeadlineExpired",
                        "ResponseReceived",
                        "ResponseDeadlineExpiryContradicted",
                        "LetterSendingCorrected",
                        "ComplaintDetailsCorrected");
        var csv =
                new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(
                        "Expiration du délai contredite",
                        "Envoi de courrier corrigé",
                        "motif de la correction : Numéro de suivi mal recopié",
                        "Réclamation corrigée",
                        "montant en jeu 47,76 €");
        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf)
                .contains(
                        "réponse de l'entreprise reçue",
                        "respecté : réponse reçue le " + FrenchDate.of(answeredOn),
                        "(contredite par l'entrée n° 5)",
                        "Correction de l'entrée n° 1")
                .doesNotContain("dépassé : aucune réponse");
        var report = BundleVerifier.verify(
                api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody(), signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
    }

    /**
     * A support contact corrected through the API moves its follow-up; a mediation request corrected on the page
     * recounts the mediator's 90 days; bad corrections answer a problem (on the page, the field named in words)
     * and record nothing; the case page, the JSON case, and every export show the corrected values.
     */
    @Test
    void supportContactAndMediationCorrectionsMoveTheirDeadlinesAndShowEverywhere() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/support-contacts", PrimeVideoCase.supportContact(today().minusDays(5))));
        ok(api.post("/api/cases/" + caseId + "/corrections/support-contact", """
                {"entry": 1, "channel": "PHONE", "contactedOn": "%s", "ticketReference": "D-4471",
                 "summary": "Demande de retrait des publicités sans supplément",
                 "outcome": "Refus : l'option sans publicité est payante",
                 "reason": "C'était un appel, deux jours plus tard"}""".formatted(today().minusDays(3))));
        var contact = api.caseAtVersion(caseId, 2).get("supportContacts").get(0);
        assertThat(contact.get("contactedOn").asString())
                .isEqualTo(today().minusDays(3).toString());
        assertThat(contact.get("channel").asString()).isEqualTo("PHONE");
        assertThat(followUpDays(caseId))
                .as("the follow-up moved with the corrected contact")
                .containsExactly(today().plusDays(12));

        var sentOn = today().minusMonths(4);
        var requestedOn = today().minusDays(10);
        var correctedOn = today().minusDays(8);
        ok(api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), sentOn)));
        ok(api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(requestedOn)));
        api.caseAtVersion(caseId, 4);

        var password = StaffFixtures.account(port, "jules", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "jules")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text(".deadlines"))
                    .contains(FrenchDate.of(LegalDeadlines.mediatorConclusionDue(requestedOn)));

            browser.click("Correction de la demande de médiation")
                    .type("entry", "1")
                    .type("mediator", FEVAD)
                    .date("requestedOn", correctedOn)
                    .type("reference", "MED-2026-118")
                    .type("reason", "Date de l'accusé de saisine")
                    .submit();
            assertThat(browser.text("#form-error")).contains("L'entrée n° 1");
            browser.type("entry", "4").type("reason", "   ").submit();
            assertThat(browser.textOnceItContains("#form-error", "« Motif de la correction »"))
                    .contains("est obligatoire")
                    .doesNotContain("reason");
            browser.type("reason", "Date de l'accusé de saisine").submit();
            assertThat(browser.text("#notice"))
                    .contains("Étape enregistrée : Correction de la demande de médiation (version 5)");
            assertThat(browser.text(".deadlines"))
                    .contains(FrenchDate.of(LegalDeadlines.mediatorConclusionDue(correctedOn)));
            assertThat(browser.text(".history"))
                    .contains(
                            "Correction de l'entrée n° 4 (demande de médiation)",
                            "Correction de l'entrée n° 1 (contact avec le service client)",
                            "motif de la correction : C'était un appel, deux jours plus tard");
        }
        var mediation = api.caseAtVersion(caseId, 5).get("mediations").get(0);
        assertThat(mediation.get("requestedOn").asString()).isEqualTo(correctedOn.toString());
        assertThat(mediation.get("mediator").asString()).isEqualTo(FEVAD);
        assertThat(mediation.get("conclusionDueOn").asString())
                .isEqualTo(LegalDeadlines.mediatorConclusionDue(correctedOn).toString());

        api.awaitHistory(caseId, 6);
        var before = entries(api, caseId);
        var notAMediation =
                api.post("/api/cases/" + caseId + "/corrections/mediation-request", """
                {"entry": 3, "mediator": "Médiateur", "requestedOn": "%s", "reason": "Erreur"}""".formatted(correctedOn));
        assertThat(notAMediation.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(notAMediation).get("rule").asString()).isEqualTo("UNKNOWN_ENTRY");
        var unchanged =
                api.post("/api/cases/" + caseId + "/corrections/support-contact", """
                {"entry": 1, "channel": "PHONE", "contactedOn": "%s", "ticketReference": "D-4471",
                 "summary": "Demande de retrait des publicités sans supplément",
                 "outcome": "Refus : l'option sans publicité est payante", "reason": "Relu"}""".formatted(today().minusDays(3)));
        assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(unchanged).get("rule").asString()).isEqualTo("CORRECTION_CHANGES_NOTHING");
        var withoutReason =
                api.post("/api/cases/" + caseId + "/corrections/mediation-request", """
                {"entry": 4, "mediator": "Médiateur", "requestedOn": "%s"}""".formatted(correctedOn));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(withoutReason).get("field").asString()).isEqualTo("reason");
        assertThat(entries(api, caseId)).as("nothing recorded by the refusals").isEqualTo(before);

        var json = api.json(api.get("/api/cases/" + caseId + "/export.json"));
        assertThat(kinds(json.get("entries")))
                .containsExactly(
                        "ComplaintFiled",
                        "SupportContacted",
                        "SupportContactCorrected",
                        "LetterSent",
                        "MediationRequested",
                        "MediationRequestCorrected");
        var csv =
                new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(
                        "Contact avec le service client corrigé",
                        "Demande de médiation corrigée",
                        "motif de la correction : Date de l'accusé de saisine");
        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf).contains("Correction de l'entrée n° 4", "Correction de l'entrée n° 1");
        var report = BundleVerifier.verify(
                api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody(), signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
    }

    /**
     * An answer that contradicted the silence, corrected to a day after the window: the silence stands again, as an
     * entry of its own that marks the contradiction, and status, list, case page and exports agree.
     */
    @Test
    void anAnswerCorrectedOutOfTheWindowLetsTheSilenceStandAgainEverywhere() throws Exception {
        var api = new ApiClient(port);
        var sentOn = today().minusMonths(3);
        var deliveredOn = sentOn.plusDays(2);
        var dueOn = LegalDeadlines.responseDeadline(deliveredOn, 2);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        ok(api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), sentOn)));
        ok(api.post("/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(deliveredOn)));
        ok(api.post("/api/cases/" + caseId + "/response-deadline-expiry", "{}"));
        ok(api.post("/api/cases/" + caseId + "/responses", """
                {"receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED"}""".formatted(dueOn.minusDays(3))));
        assertThat(api.caseAtVersion(caseId, 5).get("status").asString()).isEqualTo("RESPONSE_RECEIVED");

        ok(api.post("/api/cases/" + caseId + "/corrections/response", """
                {"entry": 4, "receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED",
                 "reason": "Date du courriel, pas de sa relecture"}""".formatted(dueOn.plusDays(1))));
        var late = api.caseAtVersion(caseId, 7);
        assertThat(kinds(api.awaitHistory(caseId, 8)))
                .endsWith(
                        "ResponseDeadlineExpiryContradicted",
                        "ResponseCorrected",
                        "ResponseDeadlineExpiryReestablished");
        assertThat(late.get("status").asString()).isEqualTo("RESPONSE_OVERDUE");
        assertThat(late.get("legalDates").get("responseDeadlineExpired").asBoolean())
                .isTrue();
        assertThat(late.get("legalDates").get("mediationPossibleFrom").asString())
                .isEqualTo(dueOn.plusDays(1).toString());
        assertThat(listed(api, "RESPONSE_OVERDUE")).contains(caseId);
        assertThat(listed(api, "RESPONSE_RECEIVED")).doesNotContain(caseId);

        var password = StaffFixtures.account(port, "lea", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "lea")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text(".status")).isEqualTo("délai de réponse expiré");
            assertThat(browser.text(".history"))
                    .contains("(contredite par l'entrée n° 5)", "(contredite par l'entrée n° 7)", "est rétablie");
        }
        var csv =
                new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Expiration du délai rétablie");
        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf)
                .contains(
                        "dépassé : réponse tardive reçue le " + FrenchDate.of(dueOn.plusDays(1)),
                        "(contredite par l'entrée n° 7)");
        var report = BundleVerifier.verify(
                api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody(), signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
    }

    /** The days the case's support follow-up is scheduled for, in Paris. */
    private List<LocalDate> followUpDays(String caseId) {
        return jdbc
                .queryForList(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_instance LIKE ?",
                        java.sql.Timestamp.class,
                        "%" + caseId + "/support-follow-up/%")
                .stream()
                .map(at -> at.toInstant()
                        .atZone(org.recours.platform.messaging.AxonConfiguration.PARIS)
                        .toLocalDate())
                .toList();
    }

    private static void ok(org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.CREATED);
    }

    private static List<String> kinds(JsonNode entries) {
        var kinds = new ArrayList<String>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private static int entries(ApiClient api, String caseId) {
        return api.json(api.get("/api/cases/" + caseId + "/history")).size();
    }

    private static List<String> listed(ApiClient api, String status) {
        var ids = new ArrayList<String>();
        api.json(api.get("/api/cases?size=100&status=" + status))
                .get("cases")
                .forEach(summary -> ids.add(summary.get("caseId").asString()));
        return ids;
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
