package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.filing;

import org.junit.jupiter.api.Test;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A case is handled by its filer until handed on: by its handler, to a colleague of the branch or a supervisor, or by
 * a supervisor; the case page says who handles it and the history keeps each handover.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CaseHandlerIT {

    @LocalServerPort
    int port;

    @Test
    void theFilerHandsTheCaseToAColleagueWhoAloneWithASupervisorMayHandItOnAgain() {
        var yvesApi = StaffFixtures.client(port, "yves", "arras", "STAFF");
        var zelieApi = StaffFixtures.client(port, "zelie", "arras", "STAFF");
        var samApi = StaffFixtures.client(port, "sam", "siege", "SUPERVISOR");
        StaffFixtures.oneTimeAccount(port, "wanda", "lens", "STAFF");
        var filed = yvesApi.post("/api/cases", filing().inBranch("arras").json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = yvesApi.json(filed).get("caseId").asString();
        assertThat(yvesApi.caseAtVersion(caseId, 0).get("handler").asString()).isEqualTo("yves");
        var zelie = StaffFixtures.account(port, "zelie", "arras", "STAFF");
        var yves = StaffFixtures.account(port, "yves", "arras", "STAFF");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "zelie")
                    .type("password", zelie)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#handler-now")).contains("yves");
            assertThat(browser.text("#handler-choice"))
                    .contains("zelie Test (zelie)", "sam Test (sam)")
                    .doesNotContain("wanda");
            browser.chooseValue("handler-choice", "zelie").submitForm("#handler-form");
            assertThat(browser.textOnceItContains("#handler-error", "superviseur"))
                    .contains("Seul le membre de l'équipe qui suit le dossier, ou un superviseur");
        }
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "yves")
                    .type("password", yves)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            browser.chooseValue("handler-choice", "zelie").submitForm("#handler-form");
            assertThat(browser.textOnceItContains("#notice", "zelie")).contains("Dossier confié à zelie");
            assertThat(browser.text("#handler-now")).contains("zelie");
            assertThat(browser.text("main")).contains("Dossier confié le", "à zelie (suivi jusque-là par yves)");
            browser.screenshot("case-handler");

            browser.open("/cases?handler=yves");
            assertThat(browser.text("main")).doesNotContain(caseId);
            browser.open("/cases").chooseValue("handler", "yves").submitForm("form.filters");
            browser.textOnceItContains("main", "dossier");
            assertThat(browser.currentPath()).contains("handler=yves");
            browser.open("/cases?handler=zelie");
            assertThat(browser.text("table.cases")).contains(caseId, "zelie");
        }

        assertThat(yvesApi.post("/api/cases/" + caseId + "/handler", "{\"handler\": \"yves\"}")
                        .getStatusCode())
                .as("the former handler no longer hands it on")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(zelieApi.post("/api/cases/" + caseId + "/handler", "{\"handler\": \"wanda\"}")
                        .getStatusCode())
                .as("a staff member of another branch")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        var bySupervisor = samApi.post("/api/cases/" + caseId + "/handler", "{\"handler\": \"yves\"}");
        assertThat(bySupervisor.getStatusCode()).as(bySupervisor.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(samApi.caseAtVersion(caseId, 2).get("handler").asString()).isEqualTo("yves");
        assertThat(samApi.awaitHistory(caseId, 3).toString()).contains("CaseHandlerAssigned", "à yves");
        assertThat(samApi.get("/api/cases?handler=yves&size=100").getBody()).contains(caseId);
        assertThat(samApi.get("/api/cases?handler=zelie&size=100").getBody()).doesNotContain(caseId);
    }
}
