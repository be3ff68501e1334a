package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.recours.kernel.casefile.CaseId;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.parked.ParkedEventRows;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main staff page, the administration pages included, in French and in English, passes axe-core's WCAG 2.1 A and AA rules in Chromium; the filing
 * form works with the keyboard alone; the case list and a case's page fit a 1366×768 laptop screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class AccessibilityIT {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    @LocalServerPort
    int port;

    @Autowired
    ReminderOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMainPagePassesTheWcag21AaRulesInBothLanguages() {
        var admin = new ApiClient(port);
        var password = StaffFixtures.account(port, "axel", "paris-11", "ADMINISTRATOR");
        var caseId = caseAwaitingTheCompanysAnswer(admin);
        outbox.queue(new ReminderMail(
                CaseId.parse(caseId),
                "TEST_REMINDER",
                ReminderMail.Audience.STAFF,
                "axel@asso-conso.example",
                "Rappel : délai de réponse",
                "texte",
                "<p>texte</p>"));
        assertThat(admin.post("/api/admin/api-tokens", "{\"name\": \"import\", \"staffLogin\": \"axel\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        var violations = new LinkedHashMap<String, List<String>>();

        for (var language : LANGUAGES) {
            try (var browser = new Browser(port)) {
                browser.open("/signing-certificate?lang=" + language);
                audit(browser, language, "the association's signing certificate (public)", violations);
                browser.open("/login?lang=" + language);
                assertThat(browser.language()).isEqualTo(language);
                audit(browser, language, "sign-in", violations);
                browser.type("username", "axel")
                        .type("password", "not-the-password")
                        .submit();
                browser.textOnceItContains("#login-error", "");
                audit(browser, language, "sign-in refused", violations);
                browser.type("username", "axel").type("password", password).submit();
                assertThat(browser.pathAfterLeaving("/login?error")).startsWith("/cases");

                browser.open("/cases");
                audit(browser, language, "case list", violations);
                browser.open("/cases/new");
                audit(browser, language, "filing form", violations);
                browser.type("fullName", CONSUMER_NAME)
                        .chooseValue("companyId", COMPANY_ID)
                        .chooseValue("category", "ADS_IN_PAID_SUBSCRIPTION")
                        .type("facts", "Publicités dans l'abonnement payant.")
                        .type("amountAtStake", "-5")
                        .type("desiredOutcome", "Remboursement")
                        .chooseValue("branch", "paris-11")
                        .submit();
                assertThat(browser.element("#amountAtStake").getAttribute("aria-invalid"))
                        .isEqualTo("true");
                assertThat(browser.element("#amountAtStake").getAttribute("aria-describedby"))
                        .contains("form-error");
                audit(browser, language, "filing form refused", violations);

                browser.open("/cases/" + caseId);
                audit(browser, language, "case page (with the erasure form)", violations);
                browser.open("/cases/" + caseId + "/mediation");
                audit(browser, language, "step form", violations);
                browser.type("mediator", "Médiateur du e-commerce")
                        .date("requestedOn", PrimeVideoCase.today())
                        .submit();
                browser.textOnceItContains("#form-error", "");
                audit(browser, language, "step refused", violations);

                browser.open("/cases/" + caseId + "/coordonnees");
                audit(browser, language, "consumer's contact details", violations);
                browser.type("phone", "appeler le soir").submitForm("#consumer-details");
                browser.textOnceItContains("#form-error", "");
                audit(browser, language, "consumer's contact details refused", violations);

                browser.open("/reminders");
                audit(browser, language, "deadlines and emails", violations);
                browser.open("/statistics");
                audit(browser, language, "statistics", violations);
                browser.open("/equipe");
                audit(browser, language, "team workload", violations);
                browser.open("/cases/" + caseId);
                browser.element("#unavailable-steps summary").click();
                audit(browser, language, "case page, the steps not offered explained", violations);
                browser.open("/cases/RC-0000-0000");
                audit(browser, language, "unknown case (404)", violations);
                browser.open("/cases/" + caseId + "/no-such-step");
                audit(browser, language, "unknown step (404)", violations);
                browser.open("/nowhere");
                assertThat(browser.text("main h1"))
                        .isEqualTo(language.equals("fr") ? "Page introuvable" : "Page not found");
                audit(browser, language, "unknown address (404)", violations);

                var erased = filed(admin);
                browser.open("/cases/" + erased).type("reason", "Demande écrite du 2 novembre");
                browser.element("#erasure-confirmed").click();
                browser.submitForm("form[action$='/effacement']");
                browser.textOnceItContains("#notice", "");
                audit(browser, language, "case page after the erasure", violations);

                browser.open("/admin");
                audit(browser, language, "administration", violations);
                browser.open("/admin/comptes");
                audit(browser, language, "accounts", violations);
                browser.open("/admin/comptes/axel");
                audit(browser, language, "one account", violations);
                browser.open("/admin/antennes");
                audit(browser, language, "branches", violations);
                browser.open("/admin/antennes/paris-11");
                audit(browser, language, "one branch", violations);
                browser.open("/admin/jetons");
                audit(browser, language, "API tokens", violations);
                browser.open("/admin/entreprises");
                audit(browser, language, "companies", violations);
                browser.open("/admin/entreprises/" + COMPANY_ID);
                audit(browser, language, "one company", violations);
                browser.open("/admin/evenements-en-attente");
                audit(browser, language, "parked events, none", violations);
                ParkedEventRows.park(jdbc, "accessibility", "audit-trail", caseId);
                try {
                    browser.open("/admin/evenements-en-attente");
                    audit(browser, language, "parked events, one case", violations);
                } finally {
                    ParkedEventRows.remove(jdbc, "accessibility");
                }
                browser.open("/mot-de-passe");
                audit(browser, language, "password change", violations);
                browser.type("currentPassword", "not-the-password")
                        .type("newPassword", "trois petits chats blancs")
                        .type("confirmation", "trois petits chats blancs")
                        .submit();
                browser.textOnceItContains("#form-error", "");
                audit(browser, language, "password change refused", violations);
            }
        }
        assertThat(violations).as(() -> report(violations)).isEmpty();
    }

    @Test
    void theFilingFormIsFilledAndSentWithTheKeyboardAlone() {
        var password = StaffFixtures.account(port, "kim", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "kim")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/new");

            browser.press(Keys.TAB);
            assertThat(browser.element(":focus").getText())
                    .as("the first Tab reaches the skip link")
                    .isEqualTo("Aller au contenu");
            browser.press(Keys.ENTER).press(Keys.TAB);
            assertThat(browser.focused()).as("the skip link leads to the form").isEqualTo("fullName");
            browser.press(CONSUMER_NAME, Keys.TAB);
            assertThat(browser.focused()).isEqualTo("email");
            browser.press(CAMILLE.email(), Keys.TAB);
            assertThat(browser.focused()).isEqualTo("phone");
            browser.press(Keys.TAB, CAMILLE.postalAddress(), Keys.TAB);
            assertThat(browser.focused()).isEqualTo("agreedToReminders");
            browser.press(Keys.SPACE, Keys.TAB);
            assertThat(browser.focused()).isEqualTo("companyId");
            browser.press(COMPANY_NAME, Keys.TAB);
            assertThat(browser.focused()).isEqualTo("category");
            browser.press("Publicité introduite", Keys.TAB);
            assertThat(browser.focused()).isEqualTo("facts");
            browser.press("Publicités dans l'abonnement payant depuis février 2024.", Keys.TAB);
            assertThat(browser.focused()).isEqualTo("amountAtStake");
            browser.press("35,88", Keys.TAB);
            assertThat(browser.focused()).isEqualTo("desiredOutcome");
            browser.press("Remboursement des mois avec publicité", Keys.TAB);
            assertThat(browser.focused()).isEqualTo("factsKnownOn");
            // optional and left empty: Chromium tabs through the date's day, month, year and picker before leaving it
            for (int segment = 0; segment < 5 && !"branch".equals(browser.focused()); segment++) {
                browser.press(Keys.TAB);
            }
            assertThat(browser.focused()).isEqualTo("branch");
            browser.press("paris-11", Keys.TAB);
            assertThat(browser.element(":focus").getText()).isEqualTo("Enregistrer la réclamation");

            assertThat(browser.value("companyId")).isEqualTo(COMPANY_ID);
            assertThat(browser.value("category")).isEqualTo("ADS_IN_PAID_SUBSCRIPTION");
            assertThat(browser.element("#agreedToReminders").isSelected()).isTrue();
            browser.press(Keys.ENTER);
            assertThat(browser.textOnceItContains("#notice", "Réclamation enregistrée"))
                    .contains("dossier RC-");
            assertThat(browser.text(".lead"))
                    .contains(CONSUMER_NAME, COMPANY_NAME, "Publicité introduite dans un abonnement payant");
        }
    }

    @Test
    void theCaseListAndACasePageFitALaptopScreenWithoutScrollingSideways() {
        var admin = new ApiClient(port);
        var caseId = caseAwaitingTheCompanysAnswer(admin);
        var password = StaffFixtures.account(port, "lou", "paris-11", "SUPERVISOR");
        for (var language : LANGUAGES) {
            try (var browser = new Browser(port)) {
                browser.open("/login?lang=" + language)
                        .type("username", "lou")
                        .type("password", password)
                        .submit();
                browser.pathAfterLeaving("/login");
                browser.viewport(1366, 768);
                for (var page : List.of(
                        "/cases",
                        "/cases/" + caseId,
                        "/cases/" + caseId + "/courrier",
                        "/reminders",
                        "/statistics",
                        "/cases/" + caseId + "/coordonnees",
                        "/cases/new",
                        "/equipe")) {
                    browser.open(page);
                    assertThat(browser.horizontalOverflow())
                            .as(language + " " + page + " scrolls sideways by")
                            .isZero();
                }
                browser.viewport(390, 844);
                for (var page : List.of(
                        "/cases",
                        "/cases/" + caseId,
                        "/cases/" + caseId + "/coordonnees",
                        "/reminders",
                        "/cases/new",
                        "/cases/" + caseId + "/courrier",
                        "/cases/" + caseId + "/mediation",
                        "/equipe")) {
                    browser.open(page);
                    assertThat(browser.horizontalOverflow())
                            .as(language + " " + page + " at 390 px scrolls sideways by")
                            .isZero();
                }
            }
        }
    }

    private static void audit(Browser browser, String language, String page, Map<String, List<String>> found) {
        assertThat(browser.language()).as(page).isEqualTo(language);
        var violations = browser.accessibilityViolations();
        if (!violations.isEmpty()) {
            found.put(language + " — " + page + " (" + browser.currentPath() + ")", new ArrayList<>(violations));
        }
    }

    private static String report(Map<String, List<String>> violations) {
        var report = new StringBuilder("WCAG 2.1 A/AA violations found by axe-core:");
        violations.forEach((page, list) -> {
            report.append("\n").append(page).append(':');
            list.forEach(violation -> report.append("\n  - ").append(violation));
        });
        return report.toString();
    }

    private static String filed(ApiClient admin) {
        var filed = admin.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = admin.json(filed).get("caseId").asString();
        admin.caseAtVersion(caseId, 0);
        return caseId;
    }

    /** The written complaint was delivered three weeks ago: mediation is not possible yet. */
    static String caseAwaitingTheCompanysAnswer(ApiClient admin) {
        var caseId = filed(admin);
        var sentOn = PrimeVideoCase.today().minusDays(20);
        assertThat(admin.post(
                                "/api/cases/" + caseId + "/support-contacts",
                                PrimeVideoCase.supportContact(sentOn.minusDays(10)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(admin.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), sentOn))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(admin.post(
                                "/api/cases/" + caseId + "/letters/1/delivery",
                                PrimeVideoCase.delivery(sentOn.plusDays(2)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        admin.caseAtVersion(caseId, 3);
        return caseId;
    }
}
