package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static final LocalDate TODAY = PrimeVideoCase.TODAY;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKey signingKey;

    @Test
    void aCaseEnteredLateInAnyOrderTellsTheSameTrueStoryEverywhere() throws Exception {
        var api = new ApiClient(port);
        var sentOn = TODAY.minusMonths(3);
        var deliveredOn = sentOn.plusDays(2);
        var dueOn = LegalDeadlines.responseDeadline(deliveredOn, 2);
        var answeredOn = dueOn.minusDays(5);
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        var caseId = api.json(filed).get("caseId").asString();
        ok(api.post("/api/cases/" + caseId + "/letters",
                PrimeVideoCase.letter("Amazon Digital France SAS", sentOn)));
        ok(api.post("/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(deliveredOn)));

        // 1. the letter and its receipt, entered after the window ended: no silence stated, nothing scheduled
        var waiting = api.caseAtVersion(caseId, 2);
        assertThat(waiting.get("status").asString()).isEqualTo("LETTER_DELIVERED");
        assertThat(waiting.get("legalDates").get("responseDeadlineExpired").asBoolean()).isFalse();
        assertThat(waiting.get("legalDates").get("mediationPossibleFrom").asString())
                .isEqualTo(dueOn.plusDays(1).toString());
        assertThat(kinds(api.awaitHistory(caseId, 3))).containsExactly("ComplaintFiled", "LetterSent",
                "LetterDelivered");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?",
                Integer.class, "%" + caseId + "/response-window/%")).as("no expiry of a past window scheduled")
                .isZero();

        var password = StaffFixtures.account(port, "ines", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login").type("username", "ines").type("password", password).submit();
            browser.pathAfterLeaving("/login");

            // 2. the case page asks; staff answer "no": the silence is theirs
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#silence-question")).contains("L'entreprise a-t-elle répondu avant le "
                    + FrenchDate.of(dueOn) + " inclus ?");
            browser.click("Non : constater son silence (enregistré à votre nom)").submit();
            assertThat(browser.text("#notice")).contains("Constat du silence de l'entreprise : enregistré (version 3)");
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
            assertThat(kinds(api.awaitHistory(caseId, 6))).endsWith("ResponseDeadlineExpired", "ResponseReceived",
                    "ResponseDeadlineExpiryContradicted");
            assertThat(answered.get("status").asString()).isEqualTo("RESPONSE_RECEIVED");
            assertThat(answered.get("legalDates").get("responseDeadlineExpired").asBoolean()).isFalse();
            assertThat(answered.get("legalDates").get("mediationPossibleFrom").asString())
                    .isEqualTo(answeredOn.toString());
            assertThat(listed(api, "RESPONSE_RECEIVED")).contains(caseId);
            assertThat(listed(api, "RESPONSE_OVERDUE")).doesNotContain(caseId);

            browser.open("/cases?q=" + caseId);
            assertThat(browser.text("table")).contains(caseId, "réponse de l'entreprise reçue");
            browser.open("/cases/" + caseId);
            assertThat(browser.text(".status")).isEqualTo("réponse de l'entreprise reçue");
            assertThat(browser.text(".deadlines")).doesNotContain("délai expiré sans réponse")
                    .contains("Médiation possible à partir du " + FrenchDate.of(answeredOn));
            assertThat(browser.text(".history")).contains("(contredite par l'entrée n° 5)",
                    "est contredite : la réponse de l'entreprise, reçue le " + FrenchDate.of(answeredOn));

            // 4. a correction through the page, with its reason; a bad one records nothing
            browser.click("Correction d'un envoi de courrier").type("entry", "99")
                    .type("addressee", "Amazon Digital France SAS").date("sentOn", sentOn)
                    .choose("method", "lettre recommandée avec accusé de réception")
                    .type("trackingNumber", "1A 123 456 7890 2").type("reason", "Numéro de suivi mal recopié")
                    .submit();
            assertThat(browser.text("#form-error")).contains("L'entrée n° 99");
            assertThat(browser.value("reason")).isEqualTo("Numéro de suivi mal recopié");
            browser.type("entry", "1").submit();
            assertThat(browser.text("#notice")).contains("Correction d'un envoi de courrier : enregistré (version 6)");
            assertThat(browser.text(".history")).contains("Correction de l'entrée n° 1 (envoi du courrier n° 1)",
                    "motif de la correction : Numéro de suivi mal recopié");
        }
        var corrected = api.caseAtVersion(caseId, 6);
        assertThat(corrected.get("letters").get(0).get("trackingNumber").asString()).isEqualTo("1A12345678902");
        assertThat(api.awaitHistory(caseId, 7).get(6).get("actor").asString()).isEqualTo("ines");

        ok(api.post("/api/cases/" + caseId + "/corrections/complaint", """
                {"entry": 0, "category": "ADS_IN_PAID_SUBSCRIPTION", "facts": "Publicités depuis février 2024",
                 "amountAtStake": 47.76, "desiredOutcome": "Remboursement des mois avec publicité",
                 "reason": "Montant recalculé sur les relevés bancaires"}"""));
        var amended = api.caseAtVersion(caseId, 7);
        assertThat(amended.get("amountAtStake").toString()).contains("47.76");
        assertThat(amended.get("facts").asString()).isEqualTo("Publicités depuis février 2024");
        api.awaitHistory(caseId, 8); // the audit trail is its own projection: wait for the correction there too

        var beforeRefusals = entries(api, caseId);
        var tooEarly = api.post("/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 2, "deliveredOn": "%s", "reason": "Erreur"}""".formatted(sentOn.minusDays(1)));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(tooEarly).get("rule").asString()).isEqualTo("DATE_OUT_OF_ORDER");
        var notAStep = api.post("/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 3, "deliveredOn": "%s", "reason": "Erreur"}""".formatted(deliveredOn));
        assertThat(notAStep.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(notAStep).get("rule").asString()).isEqualTo("UNKNOWN_ENTRY");
        var inTheFuture = api.post("/api/cases/" + caseId + "/corrections/response", """
                {"entry": 4, "receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED",
                 "reason": "Erreur"}""".formatted(TODAY.plusDays(1)));
        assertThat(inTheFuture.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(inTheFuture).get("field").asString()).isEqualTo("receivedOn");
        var withoutReason = api.post("/api/cases/" + caseId + "/corrections/letter-delivery", """
                {"entry": 2, "deliveredOn": "%s"}""".formatted(deliveredOn.plusDays(1)));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(withoutReason).get("field").asString()).isEqualTo("reason");
        assertThat(entries(api, caseId)).as("nothing recorded by the refusals").isEqualTo(beforeRefusals);

        // 5. every export tells the same story, and the chain still verifies
        var json = api.json(api.get("/api/cases/" + caseId + "/export.json"));
        assertThat(kinds(json.get("entries"))).containsExactly("ComplaintFiled", "LetterSent", "LetterDelivered",
                "ResponseDeadlineExpired", "ResponseReceived", "ResponseDeadlineExpiryContradicted",
                "LetterSendingCorrected", "ComplaintDetailsCorrected");
        var csv = new String(api.download("/api/cases/" + caseId + "/export.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Expiration du délai contredite", "Envoi de courrier corrigé",
                "motif de la correction : Numéro de suivi mal recopié", "Réclamation corrigée", "montant en jeu 47,76 €");
        var pdf = pdfText(api.download("/api/cases/" + caseId + "/export.pdf").getBody());
        assertThat(pdf).contains("réponse de l'entreprise reçue", "respecté : réponse reçue le "
                        + FrenchDate.of(answeredOn), "(contredite par l'entrée n° 5)", "Correction de l'entrée n° 1")
                .doesNotContain("dépassé : aucune réponse");
        var report = BundleVerifier.verify(api.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody(),
                signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
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
        api.json(api.get("/api/cases?size=100&status=" + status)).get("cases")
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
