package org.recours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.intake.PublicVisitor;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public pages (issue 18): CSRF on every form, their strict Content-Security-Policy, no enumeration of links,
 * the honeypot, the length and content checks, the rate limits, and text typed by the public shown as text to staff
 * and kept as data in the exports.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"recours.intake.per-email-per-day=2", "recours.intake.per-address-per-hour=6"})
@UsesPostgres
class PublicPagesSecurityIT {

    static final String ATTACK = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshCounts() {
        // the rate limits count per network address: every test here posts from 127.0.0.1
        jdbc.update("DELETE FROM intake_attempt");
    }

    @Test
    void publicPagesSendAStrictPolicyAndRefuseAFormWithoutItsCsrfToken() throws Exception {
        var visitor = new PublicVisitor(port);
        var form = visitor.get("/reclamation");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy"))
                .hasValue(
                        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                + "base-uri 'none'");
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(form.body()).doesNotContain("<script");

        assertThat(visitor.post("/reclamation", complaint("sans-jeton@example.org"), false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(visitor.post("/suivi/abc/message", Map.of("message", "x"), false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(visitor.post("/reclamation/confirmation", Map.of("jeton", "x"), false)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyWrongLinkAnswersTheSamePage() throws Exception {
        var visitor = new PublicVisitor(port);
        var wrongConfirmation = visitor.get("/reclamation/confirmation?jeton=" + "x".repeat(43));
        var noToken = visitor.get("/reclamation/confirmation");
        var wrongFollowUp = visitor.get("/suivi/" + "x".repeat(43));
        var hugeToken = visitor.get("/suivi/" + "x".repeat(2000));
        for (var answer : java.util.List.of(wrongConfirmation, noToken, wrongFollowUp, hugeToken)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).contains("id=\"invalid-link\"");
        }
        assertThat(visitor.post("/reclamation/confirmation", Map.of("jeton", "x".repeat(43)), true)
                        .body())
                .contains("id=\"invalid-link\"");
        assertThat(visitor.post("/suivi/" + "x".repeat(43) + "/message", Map.of("message", "bonjour"), true)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRobotFillingTheHoneypotIsAnsweredAsAPersonAndNothingIsKept() throws Exception {
        var visitor = new PublicVisitor(port);
        var fields = complaint("robot@example.org");
        fields.put("website", "http://spam.example");
        var answer = visitor.post("/reclamation", fields, true);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/reclamation/envoyee"));
        assertThat(submissionsOf("robot@example.org")).isZero();
    }

    @Test
    void everyFieldIsLengthLimitedAndFilesAreCheckedByContent() throws Exception {
        var visitor = new PublicVisitor(port);
        for (var field : java.util.List.of("facts", "desiredOutcome", "fullName", "postalAddress", "postcode")) {
            var fields = complaint("long-" + field + "@example.org");
            fields.put(field, "a".repeat(10_001));
            var refused = visitor.post("/reclamation", fields, true);
            assertThat(refused.statusCode()).as(field).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"form-error\"");
        }
        var disguised = visitor.multipart(
                "/reclamation",
                complaint("pdf-html@example.org"),
                "facture.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.statusCode()).isEqualTo(422);
        assertThat(disguised.body()).contains("facture.pdf");
        jdbc.update("DELETE FROM intake_attempt");
        var accepted = visitor.multipart(
                "/reclamation",
                complaint("pdf-vrai@example.org"),
                "note.txt",
                "Facture de mars".getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM intake_document d JOIN intake_submission s "
                                + "ON s.submission_id = d.submission_id WHERE s.email = ?",
                        Integer.class,
                        "pdf-vrai@example.org"))
                .isEqualTo(1);
        assertThat(submissionsOf("pdf-html@example.org")).isZero();
    }

    @Test
    void oneAddressAndOneNetworkAddressAreRateLimited() throws Exception {
        var visitor = new PublicVisitor(port);
        var email = "limite-" + System.nanoTime() + "@example.org";
        assertThat(visitor.post("/reclamation", complaint(email), true).statusCode())
                .isEqualTo(302);
        assertThat(visitor.post("/reclamation", complaint(email), true).statusCode())
                .isEqualTo(302);
        var third = visitor.post("/reclamation", complaint(email), true);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(submissionsOf(email)).isEqualTo(2);
        for (int other = 0; other < 3; other++) {
            assertThat(visitor.post("/reclamation", complaint("autre-" + other + email), true)
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(visitor.post("/reclamation", complaint("encore-" + email), true)
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void textTypedByThePublicIsShownToStaffAsTextAndKeptAsDataInExports() throws Exception {
        var visitor = new PublicVisitor(port);
        var email = "xss-" + System.nanoTime() + "@example.org";
        var fields = complaint(email);
        fields.put("facts", ATTACK);
        fields.put("desiredOutcome", ATTACK);
        fields.put("fullName", ATTACK);
        fields.put("postalAddress", ATTACK);
        assertThat(visitor.post("/reclamation", fields, true).statusCode()).isEqualTo(302);
        var body =
                jdbc.queryForObject("SELECT text_body FROM reminder_outbox WHERE recipient = ?", String.class, email);
        var link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        var token = link.group(1).substring(link.group(1).indexOf("jeton=") + "jeton=".length());
        assertThat(visitor.post("/reclamation/confirmation", Map.of("jeton", token), true)
                        .body())
                .contains("id=\"notice\"");
        var reference =
                jdbc.queryForObject("SELECT submission_id FROM intake_submission WHERE email = ?", String.class, email);

        var staff = new SignedInSession(port, "xavier", StaffFixtures.account(port, "xavier", "siege", "STAFF"));
        for (var page : java.util.List.of("/intake", "/intake/" + reference)) {
            var shown = staff.get(page).body();
            assertThat(shown)
                    .as(page)
                    .contains(reference)
                    .doesNotContain("<script>alert", "<img src=x")
                    .contains("&lt;script&gt;alert");
        }
        assertThat(staff.postForm("/intake/" + reference + "/acceptation", "", true))
                .isEqualTo(302);
        var admin = new ApiClient(port);
        admin.awaitHistory(reference, 2);
        var casePage = staff.get("/cases/" + reference).body();
        assertThat(casePage).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert");
        var csv = admin.download("/api/cases/" + reference + "/export.csv");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("<script>");
        var json = admin.download("/api/cases/" + reference + "/export.json");
        assertThat(json.getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(admin.download("/api/cases/" + reference + "/export.pdf")
                        .getHeaders()
                        .getContentType())
                .hasToString("application/pdf");
    }

    private int submissionsOf(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM intake_submission WHERE email = ?", Integer.class, email);
    }

    static Map<String, String> complaint(String email) {
        return PublicVisitor.complaint(email, "75011");
    }
}
