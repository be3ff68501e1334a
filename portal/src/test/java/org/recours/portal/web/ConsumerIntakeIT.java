package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.reminders.SmtpServer;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A consumer files their complaint from their phone on the public form (refused once, corrected), confirms it from
 * the email GreenMail received, and staff of the branch their postcode names take it on (it becomes a case with their
 * answers and file) or decline it (the consumer gets the reason). Every page passes axe's WCAG 2.1 AA rules and
 * scrolls no page sideways at 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ConsumerIntakeIT {

    static final SmtpServer SMTP = new SmtpServer();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("recours.reminders.poll-interval", () -> "100ms");
        registry.add("recours.intake.public-url", () -> "https://recours.example.org");
        registry.add("recours.intake.postcode-branches.[59]", () -> "roubaix");
        registry.add("recours.intake.per-address-per-hour", () -> "1000");
        registry.add("recours.intake.per-email-per-day", () -> "100");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsumerFilesFromTheirPhoneConfirmsAndStaffTakeTheComplaintOn() throws Exception {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "roubaix");
        var password = StaffFixtures.account(port, "romane", "roubaix", "STAFF");
        var email = "prime.abonnee+" + System.nanoTime() + "@example.org";
        var capture = Files.createTempFile("capture-", ".txt");
        Files.writeString(capture, "Publicité pendant le film du 3 novembre 2026, abonnement payant.\n");
        String reference;

        try (var browser = new Browser(port)) {
            browser.viewport(390, 844).open("/reclamation");
            assertThat(browser.language()).isEqualTo("fr");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();
            fill(browser, email, "5910", capture);
            browser.submitForm("#complaint-form");
            assertThat(browser.textOnceItContains("#form-error", "code postal")).contains("5 chiffres");
            assertThat(browser.element("#postcode").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            browser.screenshot("intake-form-refused-phone");
            assertThat(browser.value("facts")).contains("<script>alert(1)</script>");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();

            browser.type("postcode", "59100").upload("files", capture).submitForm("#complaint-form");
            assertThat(browser.textOnceItContains("#notice", "courriel")).contains("lien de confirmation");
            assertThat(browser.accessibilityViolations()).isEmpty();

            var confirmation = awaitMail(email, "Confirmez votre réclamation");
            var link = path(body(confirmation));
            assertThat(link).startsWith("/reclamation/confirmation?jeton=");
            browser.open(link);
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.submitForm("main form");
            assertThat(browser.textOnceItContains("#notice", "Merci")).contains("transmise à l'association");
            browser.open(link);
            assertThat(browser.text("#invalid-link")).contains("n'est pas ou plus valable");
            browser.open("/reclamation/confirmation?jeton=nimporte-quoi");
            assertThat(browser.text("#invalid-link")).contains("n'est pas ou plus valable");

            reference = jdbc.queryForObject(
                    "SELECT submission_id FROM intake_submission WHERE email = ?", String.class, email);
            assertThat(jdbc.queryForObject(
                            "SELECT branch FROM intake_submission WHERE submission_id = ?", String.class, reference))
                    .isEqualTo("roubaix");

            browser.viewport(1366, 768)
                    .open("/login")
                    .type("username", "romane")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.viewport(390, 844).open("/intake");
            assertThat(browser.text("#queue")).contains(reference, "Camille <b>Martin</b>");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();
            browser.click(reference);
            assertThat(browser.text("#submission")).contains("<script>alert(1)</script>", "Oui", "capture-");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();
            browser.submitForm("#accept");
            assertThat(browser.textOnceItContains("#notice", reference)).contains("lien de suivi envoyé");
            assertThat(browser.currentPath()).isEqualTo("/cases/" + reference);
            assertThat(browser.text("main"))
                    .contains("Camille <b>Martin</b>", "a déjà contacté le service client : oui, le");
            browser.screenshot("intake-accepted-case");
        }
        var history = admin.awaitHistory(reference, 3).toString();
        assertThat(history).contains("ComplaintFiled", "NoteAdded", "EvidenceAttached", "romane");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM intake_submission WHERE submission_id = ? "
                                + "AND full_name IS NULL AND facts IS NULL AND status = 'ACCEPTED'",
                        Integer.class,
                        reference))
                .isEqualTo(1);
        var followUp = path(body(awaitMail(email, "lien de suivi")));
        assertThat(followUp).startsWith("/suivi/").hasSizeGreaterThan(40);

        try (var consumer = new Browser(port)) {
            consumer.viewport(390, 844).open(followUp);
            assertThat(consumer.text("#status")).contains("L'association a ouvert votre dossier");
            assertThat(consumer.text("#next")).contains("réclamation écrite");
            assertThat(consumer.text("#request")).contains("Rien pour le moment");
            consumer.screenshot("intake-follow-up-phone");
            assertThat(consumer.text("main")).doesNotContain("Réponses du consommateur");
            assertThat(consumer.accessibilityViolations()).isEmpty();
            assertThat(consumer.horizontalOverflow()).isZero();
            var invoice = Files.createTempFile("facture-mars-", ".txt");
            Files.writeString(invoice, "Facture de mars 2026 : 8,99 euros, publicité incluse.\n");
            consumer.upload("file", invoice).submitForm("#document");
            assertThat(consumer.textOnceItContains("#notice", "Document reçu")).contains("joint à votre dossier");
            consumer.type("message", "La publicité est revenue <img src=x onerror=alert(1)>")
                    .submitForm("#message-form");
            assertThat(consumer.textOnceItContains("#notice", "Message envoyé")).isNotEmpty();
            assertThat(consumer.accessibilityViolations()).isEmpty();
        }
        var afterConsumer = admin.awaitHistory(reference, 5).toString();
        assertThat(afterConsumer).contains("ConsumerMessageReceived", "\"consumer\"", "<img src=x onerror=alert(1)>");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "romane")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + reference);
            assertThat(browser.text("main"))
                    .contains(
                            "Message du consommateur : La publicité est revenue " + "<img src=x onerror=alert(1)>",
                            "facture-mars-");
            browser.click("Suivi par le consommateur (lien, demande)");
            assertThat(browser.text("#link-state")).contains("romane");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type("text", "Envoyez-nous la capture <u>du prélèvement</u> de février.")
                    .submitForm("#request-form");
            assertThat(browser.textOnceItContains("#notice", "Demande enregistrée"))
                    .isNotEmpty();
            try (var consumer = new Browser(port)) {
                consumer.open(followUp);
                assertThat(consumer.text("#request"))
                        .isEqualTo("Envoyez-nous la capture <u>du prélèvement</u> de février.");
            }
            browser.submitForm("#revoke");
            assertThat(browser.textOnceItContains("#notice", "révoqué")).isNotEmpty();
            try (var consumer = new Browser(port)) {
                consumer.open(followUp);
                assertThat(consumer.text("#invalid-link")).contains("n'est pas ou plus valable");
                consumer.open("/suivi/" + "A".repeat(43));
                assertThat(consumer.text("#invalid-link")).contains("n'est pas ou plus valable");
            }
        }
    }

    @Test
    void staffDeclineAComplaintAndTheConsumerGetsTheReasonByEmail() throws Exception {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "roubaix");
        var password = StaffFixtures.account(port, "rayan", "roubaix", "STAFF");
        var email = "refus+" + System.nanoTime() + "@example.org";
        try (var browser = new Browser(port)) {
            browser.open("/reclamation?lang=en");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.accessibilityViolations()).isEmpty();
            fill(browser, email, "59100", null);
            browser.submitForm("#complaint-form");
            assertThat(browser.textOnceItContains("#notice", "email")).contains("confirmation link");
            var link = path(body(awaitMail(email, "Confirm your complaint")));
            browser.open(link).submitForm("main form");
            assertThat(browser.textOnceItContains("#notice", "Thank you")).isNotEmpty();

            var reference = jdbc.queryForObject(
                    "SELECT submission_id FROM intake_submission WHERE email = ?", String.class, email);
            browser.open("/reclamation?lang=fr")
                    .open("/login")
                    .type("username", "rayan")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.viewport(390, 844).open("/intake/" + reference);
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();
            browser.submitForm("#decline");
            browser.type("reason", "Hors du champ de l'association : <i>litige entre particuliers</i>.")
                    .submitForm("#decline");
            assertThat(browser.textOnceItContains("#notice", reference)).contains("refusée");
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.horizontalOverflow()).isZero();
            var declined = awaitMail(email, "Your complaint " + reference);
            assertThat(body(declined)).contains("<i>litige entre particuliers</i>");
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM intake_submission WHERE submission_id = ? "
                                    + "AND status = 'DECLINED' AND email IS NULL AND facts IS NULL",
                            Integer.class,
                            reference))
                    .isEqualTo(1);
            browser.open("/intake/" + reference);
            assertThat(browser.title()).doesNotContain(reference);
        }
    }

    static void fill(Browser browser, String email, String postcode, Path file) {
        browser.chooseValue("companyId", COMPANY_ID)
                .chooseValue("category", "ADS_IN_PAID_SUBSCRIPTION")
                .type("facts", "Publicités dans mon abonnement payant depuis février 2024 <script>alert(1)</script>")
                .type("desiredOutcome", "Remboursement des mois avec publicité")
                .type("amountAtStake", "35,88")
                .chooseValue("contactedSupport", "YES")
                .date("supportContactedOn", LocalDate.of(2026, 11, 2))
                .chooseValue("sentWrittenComplaint", "NO")
                .type("fullName", "Camille <b>Martin</b>")
                .type("email", email)
                .type("postcode", postcode);
        if (file != null) {
            browser.upload("files", file);
        }
        browser.element("#consent").click();
    }

    static MimeMessage awaitMail(String recipient, String subject) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = SMTP.received(subject).stream()
                    .filter(message -> to(message, recipient))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email « " + subject + " » to " + recipient);
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return List.of(message.getAllRecipients()).stream()
                    .anyMatch(a -> a.toString().contains(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            var content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            var multipart = (jakarta.mail.internet.MimeMultipart) content;
            return textOf(multipart);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String textOf(jakarta.mail.internet.MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart inner) {
                var text = textOf(inner);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    static String path(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
