package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.security.SignedInSession;
import org.recours.query.letter.LetterTemplates;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * An administrator, in Chromium, rewords the request to the conciliateur de justice from the administration: edits
 * the template, previews the letter on the fictitious case and on a real one, saves it as a new version, reads the
 * shipped version in the history and restores it; a template that does not render is refused with the page as it was
 * typed. The pages pass axe-core's WCAG 2.1 AA rules in French and English, at 1366 and 390 pixels, without sideways
 * scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class LetterTemplatePagesIT {

    private static final String TEMPLATE = "conciliation";
    private static final String ADDED =
            "<p>Je reste disponible pour une réunion de conciliation à votre convenance.</p>";
    private static final String BROKEN =
            "<letter xmlns:th=\"http://www.thymeleaf.org\"><p th:text=\"${dossier.\"/>" + "</letter>";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorEditsPreviewsSavesAndRestoresALetterTemplate() throws Exception {
        var api = new ApiClient(port);
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.caseAtVersion(caseId, 0);
        var password = StaffFixtures.account(port, "ambre", "siege", "ADMINISTRATOR");

        try (var browser = new Browser(port)) {
            browser.viewport(1366, 900);
            browser.open("/login")
                    .type("username", "ambre")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.click("Administration").click("Modèles de courriers");
            assertThat(browser.text("main h1")).isEqualTo("Modèles de courriers");
            assertThat(browser.text("table.letter-templates"))
                    .contains(
                            "Réclamation écrite au siège",
                            "Relance de la réclamation",
                            "Demande de médiation de la consommation",
                            "Demande au conciliateur de justice",
                            "Notification de résiliation");
            var before = versions(api);
            browser.screenshot("admin-letter-templates");

            browser.click("Demande au conciliateur de justice");
            assertThat(browser.text("main h1")).isEqualTo("Demande au conciliateur de justice");
            var body = browser.value("body");
            assertThat(body).startsWith("<letter");
            browser.element("#merge-fields summary").click();
            assertThat(browser.text("#merge-fields"))
                    .contains("mediateur.adresse", "dossier.reference", "fr.aupresDe(…)");
            assertThat(browser.text("main")).doesNotContain("??");

            var edited = body.replace("<closing>", ADDED + "\n  <closing>");
            browser.paste("body", edited).pressButton("#preview");
            assertThat(browser.textOnceItContains("#preview-letter", "Je reste disponible"))
                    .contains(CASE.value(), CONSUMER_NAME, "conciliateur");
            assertThat(browser.value("body")).isEqualTo(edited);
            browser.scrollTo("#preview-letter");
            browser.screenshot("admin-letter-template");

            browser.type("caseId", caseId).pressButton("#preview");
            assertThat(browser.textOnceItContains("#preview-letter", caseId)).contains("Je reste disponible");
            browser.type("caseId", "RC-0000-0000").pressButton("#preview");
            assertThat(browser.textOnceItContains("#form-error", "RC-0000-0000"))
                    .contains("Aucun dossier que vous pouvez consulter");
            assertThat(browser.element("#caseId").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.value("body")).isEqualTo(edited);

            browser.type("caseId", " ").pressButton("#save");
            assertThat(browser.textOnceItContains("#notice", "enregistrée"))
                    .isEqualTo("Version " + (before + 1) + " enregistrée : les prochains courriers l'utilisent.");
            assertThat(versions(api)).isEqualTo(before + 1);
            assertThat(browser.value("body")).contains("Je reste disponible");
            assertThat(browser.text("table.versions tbody tr:first-child")).contains("par ambre");
            var letter = org.recours.portal.letter.PdfText.of(
                    api.download("/api/cases/" + caseId + "/from-template/conciliation.pdf")
                            .getBody());
            assertThat(letter).contains("Je reste disponible pour une réunion de conciliation");

            browser.paste("body", BROKEN).pressButton("#save");
            assertThat(browser.textOnceItContains("#form-error", "rendu"))
                    .startsWith("Modèle refusé")
                    .contains("Le modèle ne peut pas être rendu");
            assertThat(browser.value("body")).isEqualTo(BROKEN);
            assertThat(browser.element("#body").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(versions(api)).isEqualTo(before + 1);

            browser.click("Voir la version 1");
            assertThat(browser.text("#older-version")).contains("Vous consultez la version 1");
            assertThat(browser.value("body")).isEqualTo(LetterTemplates.shippedBody(TEMPLATE));
            assertThat(browser.text("#save")).isEqualTo("Rétablir la version 1 comme nouvelle version");
            browser.pressButton("#save");
            assertThat(browser.textOnceItContains("#notice", "enregistrée")).startsWith("Version " + (before + 2));
            assertThat(browser.value("body"))
                    .as("the shipped text, line for line (its last line end aside)")
                    .isEqualTo(LetterTemplates.shippedBody(TEMPLATE).strip());
            assertThat(browser.elements("#older-version")).isEmpty();
        }
    }

    @Test
    void aTemplateThatDoesNotRenderIsRefusedWith422AndNothingSavedAndAPreviewPrints() throws Exception {
        var password = StaffFixtures.account(port, "basile", "siege", "ADMINISTRATOR");
        var session = new SignedInSession(port, "basile", password);
        var before = versions(new ApiClient(port));

        var refused = session.submit(
                "/admin/modeles-de-lettres/" + TEMPLATE,
                "title=Essai&body=" + URLEncoder.encode(BROKEN, StandardCharsets.UTF_8),
                true);
        var staff = new SignedInSession(port, "celeste", StaffFixtures.account(port, "celeste", "paris-11", "STAFF"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Le modèle ne peut pas être rendu", "Essai");
        assertThat(versions(new ApiClient(port))).isEqualTo(before);
        var pdf = session.submit(
                "/admin/modeles-de-lettres/" + TEMPLATE + "/apercu.pdf",
                "caseId=&body=" + URLEncoder.encode(LetterTemplates.shippedBody(TEMPLATE), StandardCharsets.UTF_8),
                true);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(staff.get("/admin/modeles-de-lettres").statusCode()).isEqualTo(403);
        assertThat(staff.submit("/admin/modeles-de-lettres/" + TEMPLATE, "body=%3Cletter%2F%3E", true)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theTemplatePagesPassTheWcag21AaRulesAndFitAPhoneInBothLanguages() {
        var password = StaffFixtures.account(port, "dorian", "siege", "ADMINISTRATOR");
        var problems = new ArrayList<String>();
        for (var language : List.of("fr", "en")) {
            for (var width : List.of(1366, 390)) {
                try (var browser = new Browser(port)) {
                    browser.open("/login?lang=" + language)
                            .type("username", "dorian")
                            .type("password", password)
                            .submit();
                    browser.pathAfterLeaving("/login");
                    browser.viewport(width, width == 390 ? 844 : 768);
                    var at = language + ", " + width + " px, ";
                    browser.open("/admin");
                    check(browser, at + "administration (its menu)", problems);
                    browser.open("/admin/modeles-de-lettres");
                    assertThat(browser.language()).isEqualTo(language);
                    check(browser, at + "template list", problems);
                    browser.open("/admin/modeles-de-lettres/" + TEMPLATE);
                    browser.element("#merge-fields summary").click();
                    check(browser, at + "template page, merge fields open", problems);
                    browser.pressButton("#preview");
                    browser.textOnceItContains("#preview-letter", CASE.value());
                    check(browser, at + "template previewed", problems);
                    browser.open("/admin/modeles-de-lettres/" + TEMPLATE + "?version=1");
                    check(browser, at + "version 1", problems);
                    browser.paste("body", BROKEN).pressButton("#preview");
                    browser.textOnceItContains("#form-error", language.equals("fr") ? "rendu" : "rendered");
                    check(browser, at + "template refused", problems);
                    if (language.equals("en")) {
                        assertThat(browser.text("main"))
                                .contains(
                                        "Template refused, nothing was saved",
                                        "Version history",
                                        "Merge fields available")
                                .doesNotContain("??");
                    }
                    if (width == 390 && language.equals("fr")) {
                        browser.screenshot("admin-letter-template-390");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Browser browser, String page, List<String> problems) {
        if (browser.horizontalOverflow() > 0) {
            problems.add(page + ": scrolls sideways by " + browser.horizontalOverflow() + " px");
        }
        browser.accessibilityViolations().forEach(violation -> problems.add(page + ": " + violation));
    }

    private static int versions(ApiClient api) {
        return api.json(api.get("/api/letter-templates/" + TEMPLATE))
                .get("version")
                .asInt();
    }
}
