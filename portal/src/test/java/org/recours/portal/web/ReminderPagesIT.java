package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.filing;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseId;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** "Échéances et courriels": a staff member sees their branch's deadlines of the week and reminder emails only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ReminderPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ReminderOutbox outbox;

    @Test
    void aStaffMemberSeesTheWeeksDeadlinesAndTheEmailsOfTheirBranchOnly() {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "paris-20");
        StaffFixtures.branch(admin, "lyon-3");
        var own = caseWithResponseDueThisWeek(admin, "paris-20");
        var other = caseWithResponseDueThisWeek(admin, "lyon-3");
        queue(own, "Rappel pour le dossier de Paris 20");
        queue(other, "Rappel pour le dossier de Lyon 3");
        var password = StaffFixtures.account(port, "noemie", "paris-20", "STAFF");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "noemie")
                    .type("password", password)
                    .submit();
            assertThat(browser.pathAfterLeaving("/login")).startsWith("/cases");
            browser.click("Échéances et courriels");

            assertThat(browser.title()).isEqualTo("Échéances et courriels — Recours");
            assertThat(browser.text("table.due.cette-semaine"))
                    .contains(own, "Fin du délai de réponse")
                    .doesNotContain(other);
            assertThat(browser.text("table.outbox"))
                    .contains(own, "Rappel pour le dossier de Paris 20", "en attente")
                    .doesNotContain(other, "Lyon 3");
            browser.screenshot("reminders");
        }
        var staffApi = StaffFixtures.client(port, "noemie", "paris-20", "STAFF");
        assertThat(staffApi.get("/api/outbox").getBody()).contains(own).doesNotContain(other);
        assertThat(staffApi.get("/api/outbox?caseId=" + other).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.get("/api/outbox").getBody()).contains(own, other);
    }

    /** The written complaint went out almost two months ago: the company's time to answer ends within the week. */
    private static String caseWithResponseDueThisWeek(ApiClient admin, String branch) {
        return caseWithResponseDueThisWeek(admin, branch, CONSUMER_NAME);
    }

    /** The same, for a consumer of the given name. */
    static String caseWithResponseDueThisWeek(ApiClient admin, String branch, String consumerName) {
        var filed = admin.post(
                "/api/cases",
                filing().inBranch(branch).byConsumerCalled(consumerName).json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = admin.json(filed).get("caseId").asString();
        var sentOn = PrimeVideoCase.today().minusMonths(2).plusDays(3);
        assertThat(admin.post(
                                "/api/cases/" + caseId + "/support-contacts",
                                PrimeVideoCase.supportContact(sentOn.minusDays(20)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var letter = admin.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter(CLICHY.entity(), sentOn));
        assertThat(letter.getStatusCode()).as(letter.getBody()).isEqualTo(HttpStatus.OK);
        admin.caseAtVersion(caseId, 2);
        return caseId;
    }

    private void queue(String caseId, String subject) {
        outbox.queue(new ReminderMail(
                CaseId.parse(caseId),
                "TEST_REMINDER",
                ReminderMail.Audience.STAFF,
                "agent@asso-conso.example",
                subject,
                subject + " (texte)",
                "<p>" + subject + "</p>"));
    }
}
