package org.recours.portal.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.query.evidence.BundleVerifier;
import org.recours.query.evidence.SigningKey;
import org.recours.testing.UsesPostgres;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** After erasure nothing personal about the consumer can be read anywhere, and the history still verifies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class PersonalDataErasureIT {

    private static final String NAME = "Apolline Vasseur-Quentin";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKey signingKey;

    @Test
    void anErasedConsumerCanNoLongerBeReadAnywhereWhileTheCasesHistoryStillVerifies() throws Exception {
        var admin = new ApiClient(port);
        var filed = admin.post(
                "/api/cases",
                briefFiling()
                        .by(Consumer.named(NAME)
                                .withEmail("apolline.vq@example.org")
                                .withPhone("+33 6 98 76 54 32")
                                .withPostalAddress("4 impasse des Tilleuls, 59000 Lille")
                                .agreeingToReminders(true))
                        .about("EXTRA_CHARGES", "Double prélèvement")
                        .atStake("8.99")
                        .inBranch("lille")
                        .json());
        var caseId = admin.json(filed).get("caseId").asString();
        admin.caseAtVersion(caseId, 0);
        assertThat(admin.get("/api/cases?q=Vasseur").getBody()).contains(caseId);
        jdbc.update("""
                INSERT INTO reminder_outbox (case_id, reminder_key, audience, recipient, subject, text_body, html_body,
                                             status, queued_at, next_attempt_at)
                VALUES (?, 'TEST', 'CONSUMER', 'apolline.vq@example.org', 'Rappel', 'texte', 'html', 'PENDING',
                        now(), now())""", caseId);
        jdbc.update("""
                INSERT INTO reminder_outbox (case_id, reminder_key, audience, recipient, subject, text_body, html_body,
                                             status, attempts, queued_at, next_attempt_at, sent_at)
                VALUES (?, 'SENT-BEFORE', 'CONSUMER', 'apolline.vq@example.org', 'Rappel', ?, ?, 'SENT', 1,
                        now(), now(), now())""", caseId, "Bonjour " + NAME + ",", "<p>Bonjour " + NAME + ",</p>");

        var staff = StaffFixtures.client(port, "lina", "lille", "STAFF");
        assertThat(staff.post("/api/admin/erasures", erasure(caseId)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var erased = admin.post("/api/admin/erasures", erasure(caseId));
        assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(admin.post("/api/admin/erasures", erasure(caseId)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        var view = admin.caseAtVersion(caseId, 1);
        assertThat(view.get("consumerDetails").isNull()).isTrue();
        assertThat(admin.get("/api/cases?q=Vasseur").getBody()).doesNotContain(caseId);
        for (var path : new String[] {"", "/history", "/export.json", "/export.csv"}) {
            assertThat(admin.get("/api/cases/" + caseId + path).getBody())
                    .as(path)
                    .doesNotContain("Vasseur", "apolline", "98 76 54 32", "Tilleuls");
        }
        var pdf = admin.download("/api/cases/" + caseId + "/export.pdf").getBody();
        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("données personnelles effacées").doesNotContain("Vasseur");
        var bundle =
                admin.download("/api/cases/" + caseId + "/evidence-bundle.zip").getBody();
        assertThat(new String(bundle, StandardCharsets.ISO_8859_1)).doesNotContain("Vasseur");
        var report = BundleVerifier.verify(bundle, signingKey.certificate());
        assertThat(report.valid()).as(String.join("\n", report.lines())).isTrue();
        var outbox = jdbc.queryForList("SELECT * FROM reminder_outbox WHERE case_id = ?", caseId);
        assertThat(outbox).as("the trace that a reminder was sent stays").hasSize(1);
        assertThat(outbox.toString()).doesNotContain("apolline.vq@example.org", "Vasseur");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM consumer_personal_data WHERE full_name = ?", Integer.class, NAME))
                .isZero();
        assertThat(admin.awaitHistory(caseId, 2).get(1).get("kind").asString()).isEqualTo("PersonalDataErased");
    }

    private static String erasure(String caseId) {
        return """
                {"caseId": "%s", "reason": "Courrier de la consommatrice du 20 novembre 2026"}""".formatted(caseId);
    }
}
