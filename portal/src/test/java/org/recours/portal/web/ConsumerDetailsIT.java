package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.filing;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The case page shows the consumer's contact details and staff update them: the vault holds the new ones, the
 * history says which items changed and never their values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ConsumerDetailsIT {

    @LocalServerPort
    int port;

    @Test
    void staffUpdateTheContactDetailsAndTheHistoryNamesWhatChangedWithoutTheValues() {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "tourcoing");
        var filed = admin.post("/api/cases", filing().inBranch("tourcoing").json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = admin.json(filed).get("caseId").asString();
        admin.caseAtVersion(caseId, 0);
        var password = StaffFixtures.account(port, "basile", "tourcoing", "STAFF");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "basile")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            assertThat(browser.text("#consumer-details")).contains(CONSUMER_NAME, CAMILLE.email());

            browser.click("Modifier les coordonnées");
            assertThat(browser.value("fullName")).isEqualTo(CONSUMER_NAME);
            assertThat(browser.value("email")).isEqualTo(CAMILLE.email());
            browser.type("phone", "appeler le soir").submitForm("#consumer-details");
            assertThat(browser.textOnceItContains("#form-error", "téléphone")).contains("appeler le soir");
            assertThat(browser.element("#phone").getAttribute("aria-invalid")).isEqualTo("true");

            browser.type("phone", "+33 6 98 76 54 32")
                    .type("postalAddress", "8 rue des Arts, 59200 Tourcoing")
                    .submitForm("#consumer-details");
            assertThat(browser.textOnceItContains("#notice", "Coordonnées"))
                    .contains("Coordonnées du consommateur mises à jour");
            assertThat(browser.text("#consumer-details")).contains("+33 6 98 76 54 32", "8 rue des Arts");
            assertThat(browser.text("main"))
                    .contains("Coordonnées du consommateur mises à jour le", "(téléphone, adresse postale)");
            browser.screenshot("consumer-details");
        }
        var history = admin.awaitHistory(caseId, 2).toString();
        assertThat(history).contains("ConsumerDetailsUpdated", "basile").doesNotContain("98 76 54 32", "rue des Arts");

        var staff = StaffFixtures.client(port, "basile", "tourcoing", "STAFF");
        var moved = CAMILLE.withPhone("+33 6 98 76 54 32").withPostalAddress("8 rue des Arts, 59200 Tourcoing");
        var same = staff.put("/api/cases/" + caseId + "/consumer", moved.json());
        assertThat(same.getStatusCode())
                .as("nothing changed: " + same.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        var renamed = staff.put(
                "/api/cases/" + caseId + "/consumer",
                moved.calling(CONSUMER_NAME + "-Roux").json());
        assertThat(renamed.getStatusCode()).as(renamed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(admin.caseAtVersion(caseId, 2).toString()).contains(CONSUMER_NAME + "-Roux");
        var outsider = StaffFixtures.client(port, "jade", "paris-11", "STAFF");
        assertThat(outsider.put("/api/cases/" + caseId + "/consumer", """
                {"fullName": "Intrus"}""").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(admin.post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande écrite"}""".formatted(caseId)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(staff.put(
                                "/api/cases/" + caseId + "/consumer",
                                Consumer.named(CONSUMER_NAME).json())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }
}
