package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff member switches the pages to English with the link in the header, reads the case list, a case and a
 * refused step in English, and switches back to French; French stays the default whatever the browser asks for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class EnglishPagesIT {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @LocalServerPort
    int port;

    @Test
    void aStaffMemberReadsTheCasesInEnglishAndSwitchesBackToFrench() {
        var caseId = AccessibilityIT.caseAwaitingTheCompanysAnswer(new ApiClient(port));
        var dueOn = PrimeVideoCase.today().minusDays(20).plusDays(2).plusMonths(2);
        var possibleFrom = dueOn.plusDays(1);
        var password = StaffFixtures.account(port, "emma", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login");
            assertThat(browser.language()).isEqualTo("fr");
            assertThat(browser.text("main h1")).isEqualTo("Connexion");
            browser.click("English");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.title()).isEqualTo("Sign in — Recours");
            browser.type("username", "emma").type("password", password).submit();
            assertThat(browser.pathAfterLeaving("/login?lang=en")).startsWith("/cases");

            assertThat(browser.language()).as("the choice outlives the sign-in").isEqualTo("en");
            assertThat(browser.text("main h1")).isEqualTo("Cases");
            assertThat(browser.element("#view-mine").getAttribute("aria-current"))
                    .as("My cases first")
                    .isEqualTo("page");
            browser.click("All cases");
            assertThat(browser.text("table.cases thead"))
                    .contains("Reference", "Company", "Ground", "Status", "Next deadline");
            assertThat(browser.text("table.cases tbody"))
                    .contains(
                            caseId,
                            "Advertising introduced into a paid subscription",
                            "written complaint received by the company");
            browser.screenshot("en-case-list");

            browser.click(caseId);
            assertThat(browser.title()).isEqualTo("Case " + caseId + " — Recours");
            assertThat(browser.text(".status")).isEqualTo("written complaint received by the company");
            assertThat(browser.text(".deadlines"))
                    .contains(
                            "The company's answer is due by " + ENGLISH_DAY.format(dueOn),
                            "Mediation possible from " + ENGLISH_DAY.format(possibleFrom));
            assertThat(browser.text(".history")).contains("What happened", "Complaint filed against " + COMPANY_NAME);
            assertThat(browser.text("main")).doesNotContain("Délais et prochaine étape", "Réclamation déposée");
            browser.screenshot("en-case");

            browser.open("/cases/" + caseId + "/mediation")
                    .type("mediator", "Médiateur du e-commerce")
                    .date("requestedOn", PrimeVideoCase.today())
                    .submit();
            assertThat(browser.text("#form-error"))
                    .startsWith("Step not recorded:")
                    .contains("Mediation is possible only from " + ENGLISH_DAY.format(possibleFrom)
                            + ": " + COMPANY_NAME + " has 2 months to answer the written complaint and has not "
                            + "answered yet.")
                    .doesNotContain("médiation");
            assertThat(browser.value("mediator")).isEqualTo("Médiateur du e-commerce");
            browser.screenshot("en-mediation-refused");

            browser.click("← Case " + caseId)
                    .click("Note")
                    .type("text", "Consumer called: still ads.")
                    .submit();
            assertThat(browser.text("#notice")).isEqualTo("Step recorded: Note (version 4).");
            assertThat(browser.text(".history")).contains("Consumer called: still ads.");

            browser.click("Français");
            assertThat(browser.language()).isEqualTo("fr");
            assertThat(browser.text("main h1")).isEqualTo("Dossier " + caseId);
            assertThat(browser.text(".deadlines"))
                    .contains("Médiation possible à partir du " + FrenchDate.of(possibleFrom));
            assertThat(browser.text(".history")).contains("Ce qui s'est passé");
        }
    }

    @Test
    void thePagesAreFrenchWhateverTheBrowserAsksForUntilEnglishIsChosen() throws Exception {
        var http = HttpClient.newHttpClient();
        var englishBrowser = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(englishBrowser.body())
                .contains("<html lang=\"fr\"", "<h1>Connexion</h1>", "href=\"/login?lang=en\"");

        var unknown = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login?lang=de"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("<html lang=\"fr\"");
        assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("recours-lang"));

        var english = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login?lang=en"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>", "lang=\"fr\"", ">Français</a>");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("recours-lang=en") && cookie.contains("HttpOnly"));
        assertThat(AxonConfiguration.PARIS.getId()).isEqualTo("Europe/Paris");
    }
}
