package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A supervisor builds the Prime Video advertising campaign from filed cases in Chromium: opens it, adds the suggested
 * cases in one action, sends the collective formal notice, downloads the collective file and one letter per member;
 * every page passes axe-core's WCAG 2.1 A and AA rules, and the campaign's pages fit 1366 and 390 px wide screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CampaignPagesIT {

    static final int FILED = 30;

    @LocalServerPort
    int port;

    @Test
    void aSupervisorBuildsThePrimeVideoAdsCampaignFromFiledCasesAndSendsTheCollectiveNotice() {
        var api = new ApiClient(port);
        var cases = new java.util.ArrayList<String>();
        var facts = "Publicités imposées dans Prime Video depuis le "
                + java.util.UUID.randomUUID().toString().substring(0, 8)
                + " ; les retirer coûte 1,99 € de plus par mois";
        for (int i = 0; i < FILED; i++) {
            var filed = api.post("/api/cases", PrimeVideoCase.complaint("ADS_IN_PAID_SUBSCRIPTION", "35.88", facts));
            assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
            cases.add(api.json(filed).get("caseId").asString());
        }
        cases.forEach(caseId -> api.caseAtVersion(caseId, 0));
        var password = StaffFixtures.account(port, "sophie", "siege", "SUPERVISOR");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "sophie")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/campaigns");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type("title", " ")
                    .chooseValue("companyId", COMPANY_ID)
                    .type("targetedEntity", LUXEMBOURG.entity())
                    .chooseValue("ground", "ADS_IN_PAID_SUBSCRIPTION")
                    .type("breach", facts)
                    .date("periodFrom", java.time.LocalDate.of(2024, 2, 5))
                    .type("eligibility", "Abonnés avant le 9 avril 2024")
                    .type("legalGrounds", "Code de la consommation, art. R212-1 3°")
                    .submitForm("#new-campaign");
            assertThat(browser.text("#form-error")).contains("Intitulé");
            assertThat(browser.value("breach")).as("what was typed is kept").startsWith("Publicités");
            assertThat(browser.accessibilityViolations())
                    .as("a refused opening")
                    .isEmpty();

            browser.type("title", CAMPAIGN_TITLE).submitForm("#new-campaign");
            var campaignPath = browser.pathAfterLeaving("/campaigns");
            browser.textOnceItContains("#notice", "La campagne est ouverte");
            for (var caseId : cases) {
                assertThat(browser.element("#add-" + caseId).isSelected()).isTrue();
            }
            assertThat(browser.accessibilityViolations()).isEmpty();
            // cases of other tests sharing the database look alike too: the supervisor unticks them
            for (var box : browser.element("#add-members")
                    .findElements(org.openqa.selenium.By.cssSelector("input[type=checkbox]"))) {
                if (!cases.contains(box.getAttribute("value")) && box.isSelected()) {
                    box.click();
                }
            }

            browser.submitForm("#add-members");
            browser.textOnceItContains("#notice", FILED + " dossier(s) ajouté(s)");
            assertThat(browser.text("#members")).contains("M00001", "M000" + FILED, CONSUMER_NAME, "consentement");
            assertThat(browser.text("#per-stage")).contains("déposé " + FILED);
            for (var width : new int[] {390, 1366}) {
                browser.viewport(width, width == 390 ? 844 : 768);
                browser.open(campaignPath);
                assertThat(browser.horizontalOverflow())
                        .as("the campaign page at " + width + " px scrolls sideways by")
                        .isZero();
                browser.open(campaignPath + "/membres/" + cases.get(0));
                assertThat(browser.horizontalOverflow())
                        .as("a member's page at " + width + " px scrolls sideways by")
                        .isZero();
            }

            browser.open(campaignPath + "/membres/" + cases.get(0));
            assertThat(browser.text("#missing")).contains("début d'abonnement", "consentement");
            browser.date("subscribedOn", java.time.LocalDate.of(2021, 9, 1))
                    .type("plan", "Prime mensuel")
                    .type("monthsAffected", "18")
                    .type("amountClaimed", "41,86")
                    .submitForm("#member-facts");
            browser.textOnceItContains("#notice", "enregistré");
            assertThat(browser.value("amountClaimed")).isEqualTo("41.86");
            browser.date("givenOn", PrimeVideoCase.today())
                    .chooseValue("channel", "EMAIL")
                    .submitForm("#member-consent");
            assertThat(browser.textOnceItContains("#consent-state", "donné le")).doesNotContain("retiré");
            assertThat(browser.text("#missing")).isEqualTo("pièces");
            assertThat(browser.accessibilityViolations()).as("a member's page").isEmpty();

            var campaign = campaignPath.substring(campaignPath.lastIndexOf('/') + 1);
            for (var caseId : cases.subList(1, FILED)) {
                assertThat(api.post(
                                        "/api/campaigns/" + campaign + "/members/" + caseId + "/consent",
                                        "{\"givenOn\": \"" + PrimeVideoCase.today() + "\", \"channel\": \"EMAIL\"}")
                                .getStatusCode())
                        .isEqualTo(HttpStatus.OK);
            }
            browser.open(campaignPath)
                    .date("sentOn", PrimeVideoCase.today())
                    .chooseValue("method", "REGISTERED_WITH_ACKNOWLEDGEMENT")
                    .type("trackingNumber", "1A 987 654 3210 9")
                    .submitForm("#formal-notice");
            browser.textOnceItContains("#notice", "mise en demeure collective est enregistrée");
            assertThat(browser.textOnceItContains("#steps", "Mise en demeure collective"))
                    .contains(LUXEMBOURG.entity(), FILED + " membre(s)");
            assertThat(browser.accessibilityViolations()).isEmpty();
            cases.forEach(caseId -> assertThat(
                            api.caseAtVersion(caseId, 1).get("letters").size())
                    .isEqualTo(1));
            browser.open(campaignPath);
            assertThat(browser.text("#deadlines"))
                    .as("each member's response window, now that the notice went")
                    .contains("Fin du délai de réponse de l'entreprise", "(M00001)", "(M00020)")
                    .as("the nearest 20 dates only")
                    .doesNotContain("(M00021)");

            browser.type("approvalNumber", "AGR-2025-017")
                    .date("approvedOn", java.time.LocalDate.of(2025, 6, 2))
                    .submitForm("#campaign-standing");
            browser.textOnceItContains("#notice", "enregistré");
            assertThat(browser.text("dl.facts")).contains("AGR-2025-017");
            browser.type("court", "Tribunal judiciaire de Paris")
                    .date("filedOn", java.time.LocalDate.of(2025, 1, 6))
                    .type("summary", "Action de groupe en réparation")
                    .submitForm("#campaign-action");
            assertThat(browser.textOnceItContains("#form-error", "agrément")).contains("n'est pas valide le");
            assertThat(browser.value("court")).as("what was typed is kept").isEqualTo("Tribunal judiciaire de Paris");
            assertThat(browser.accessibilityViolations())
                    .as("a refused group action")
                    .isEmpty();

            browser.submitForm("#start-export");
            browser.textOnceItContains("#notice", "en préparation");
            // the page is not opened again: its progress bar follows the export by itself (export-progress.js)
            browser.textOnceItContains("#export-state", "Prêt", java.time.Duration.ofSeconds(60));
            assertThat(browser.text("#export-state")).contains(FILED + " membre(s) sur " + FILED);
            assertThat(browser.accessibilityViolations())
                    .as("the export's progress")
                    .isEmpty();
            var zip = api.download(browser.element("#download-collective-file-zip")
                    .getAttribute("href")
                    .replaceFirst("^https?://[^/]+", ""));
            assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");

            browser.submitForm("#start-letters");
            browser.textOnceItContains("#notice", "en cours de rédaction");
            browser.textOnceItContains("#letters-state", "Prêts", java.time.Duration.ofSeconds(90));
            assertThat(browser.text("#letters-state")).contains(FILED + " courrier(s) sur " + FILED);
            assertThat(browser.accessibilityViolations())
                    .as("the letters' progress")
                    .isEmpty();
            var letters = api.download(browser.element("#download-letters-zip")
                    .getAttribute("href")
                    .replaceFirst("^https?://[^/]+", ""));
            assertThat(letters.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(letters.getHeaders().getContentType().toString()).isEqualTo("application/zip");
            assertThat(api.json(api.get("/api/cases/" + cases.get(0)))
                            .get("evidence")
                            .toString())
                    .as("the letter kept on the member's case")
                    .contains("-reclamation.pdf");

            browser.open(campaignPath + "?lang=en");
            assertThat(browser.text("h2")).isNotBlank();
            assertThat(browser.text("main")).contains("Collective steps", "Members by stage of their case");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.open("/campaigns?lang=en");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.open("/campaigns?lang=fr");
        }
    }
}
