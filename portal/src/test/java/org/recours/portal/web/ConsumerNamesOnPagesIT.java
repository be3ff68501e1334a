package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Staff find a case by whom it is for: the case list, its search results and "Échéances et courriels" name each
 * case's consumer (read from the personal-data vault), and say "données effacées" once the consumer was erased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ConsumerNamesOnPagesIT {

    @LocalServerPort
    int port;

    @Test
    void theListTheSearchAndTheDeadlinesNameTheConsumerOrSayTheirDataWasErased() {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "roubaix");
        var martin = ReminderPagesIT.caseWithResponseDueThisWeek(admin, "roubaix", "Hortense Martinage");
        var erased = ReminderPagesIT.caseWithResponseDueThisWeek(admin, "roubaix", "Gaspard Delacroix-Vey");
        var erasure = admin.post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande écrite du consommateur"}""".formatted(erased));
        assertThat(erasure.getStatusCode()).as(erasure.getBody()).isEqualTo(HttpStatus.OK);
        admin.caseAtVersion(erased, 3);
        var password = StaffFixtures.account(port, "odile", "roubaix", "STAFF");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "odile")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/cases?handler=");
            assertThat(browser.text("table.cases thead")).contains("Consommateur");
            assertThat(row(browser, "table.cases", martin)).contains("Hortense Martinage");
            assertThat(row(browser, "table.cases", erased))
                    .contains("données effacées")
                    .doesNotContain("Delacroix");

            browser.open("/cases?q=martinage");
            assertThat(browser.text("table.cases"))
                    .contains(martin, "Hortense Martinage")
                    .doesNotContain(erased);

            browser.open("/reminders");
            assertThat(row(browser, "table.due.cette-semaine", martin)).contains("Hortense Martinage");
            assertThat(row(browser, "table.due.cette-semaine", erased)).contains("données effacées");

            browser.open("/cases?handler=&lang=en");
            assertThat(browser.text("table.cases thead")).contains("Consumer");
            assertThat(row(browser, "table.cases", erased)).contains("data erased");
            browser.open("/cases?lang=fr");
        }
    }

    private static String row(Browser browser, String table, String caseId) {
        return browser.text(table)
                .lines()
                .filter(line -> line.contains(caseId))
                .findFirst()
                .orElse("");
    }
}
