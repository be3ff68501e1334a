package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The case list comes back as the staff member left it: they switch to every case and filter on the status, sign out,
 * and find the same list at their next sign-in, in another browser; a colleague still starts from their own cases;
 * "Mes dossiers" chosen again is what comes back next time. A search is not kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CaseListRememberedIT {

    @LocalServerPort
    int port;

    @Test
    void theCaseListComesBackAsTheStaffMemberLeftIt() {
        var estelleApi = StaffFixtures.client(port, "estelle", "paris-11", "STAFF");
        var fabienApi = StaffFixtures.client(port, "fabien", "paris-11", "STAFF");
        var estelles = filed(estelleApi);
        var fabiens = filed(fabienApi);
        var estelle = StaffFixtures.account(port, "estelle", "paris-11", "STAFF");
        var fabien = StaffFixtures.account(port, "fabien", "paris-11", "STAFF");

        try (var browser = signedIn("estelle", estelle)) {
            assertThat(browser.element("#view-mine").getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.textOnceItContains("table.cases", estelles)).doesNotContain(fabiens);
            browser.click("Tous les dossiers")
                    .chooseValue("status", "FILED")
                    .type("q", "Martin")
                    .submitForm("form.filters");
            assertThat(browser.textOnceItContains("table.cases", fabiens)).contains(estelles);
        }

        try (var browser = signedIn("estelle", estelle)) {
            assertThat(browser.currentPath()).startsWith("/cases");
            assertThat(browser.element("#view-all").getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.value("status")).isEqualTo("FILED");
            assertThat(browser.value("q")).as("a search is not kept").isEmpty();
            assertThat(browser.text("table.cases")).contains(estelles, fabiens);
            browser.click("Mes dossiers");
        }

        try (var browser = signedIn("fabien", fabien)) {
            assertThat(browser.element("#view-mine").getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.value("status")).isEmpty();
        }

        try (var browser = signedIn("estelle", estelle)) {
            browser.open("/cases");
            assertThat(browser.element("#view-mine").getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.value("status")).isEmpty();
            assertThat(browser.text("table.cases")).contains(estelles).doesNotContain(fabiens);
        }
    }

    private Browser signedIn(String login, String password) {
        var browser = new Browser(port);
        browser.open("/login")
                .type("username", login)
                .type("password", password)
                .submit();
        browser.pathAfterLeaving("/login");
        return browser;
    }

    private static String filed(ApiClient api) {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.caseAtVersion(caseId, 0);
        return caseId;
    }
}
