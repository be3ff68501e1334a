package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.FEVAD;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.security.SignedInSession;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A new administrator, in Chromium: signs in with the one-time password they were handed, chooses their own, then
 * opens a branch, creates a staff account in it, completes Prime Video's entry in the company directory, adds a
 * company, and issues then revokes an API token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class AdministrationPagesIT {

    private static final String MEDIATOR = FEVAD;

    @LocalServerPort
    int port;

    @Test
    void anAdministratorSetsUpABranchAnAccountTheCompanyDirectoryAndAToken() throws Exception {
        var oneTime = StaffFixtures.oneTimeAccount(port, "claire", "siege", "ADMINISTRATOR");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "claire")
                    .type("password", oneTime)
                    .submit();
            assertThat(browser.pathAfterLeaving("/login")).isEqualTo("/mot-de-passe");
            assertThat(browser.text("#forced")).contains("ne sert qu'une fois");
            browser.screenshot("password-change");
            browser.type("currentPassword", oneTime)
                    .type("newPassword", "trois petits chats blancs")
                    .type("confirmation", "trois petits chats blancs")
                    .submit();
            assertThat(browser.pathAfterLeaving("/mot-de-passe")).startsWith("/cases");

            browser.click("Administration");
            assertThat(browser.text("main h1")).isEqualTo("Administration");
            browser.screenshot("administration");

            browser.click("Antennes")
                    .type("code", "Marseille 1er")
                    .type("name", "Marseille 1er")
                    .type("city", "Marseille")
                    .submit();
            assertThat(browser.text("#form-error")).contains("Code d'antenne invalide");
            assertThat(browser.value("name")).isEqualTo("Marseille 1er");
            assertThat(browser.value("city")).isEqualTo("Marseille");
            browser.type("code", "marseille-1")
                    .type("address", "5 rue de la République")
                    .submit();
            assertThat(browser.text("#notice")).isEqualTo("Antenne « Marseille 1er » créée.");
            assertThat(browser.text("table.branches"))
                    .contains("Marseille 1er", "marseille-1", "5 rue de la République, Marseille");
            browser.screenshot("admin-branches");

            browser.click("← Administration")
                    .click("Comptes")
                    .type("login", "nadia")
                    .type("fullName", "Nadia Benali")
                    .type("email", "nadia.benali@asso-conso.example")
                    .choose("role", "agent : les dossiers de son antenne")
                    .choose("branch", "Marseille 1er (marseille-1)")
                    .submit();
            assertThat(browser.pathAfterLeaving("/admin/comptes")).isEqualTo("/admin/comptes/nadia");
            assertThat(browser.text("#notice")).isEqualTo("Compte « nadia » créé.");
            var nadiasPassword = browser.text("#one-time-password");
            assertThat(nadiasPassword).hasSize(16);
            assertThat(browser.text("#account-state")).isEqualTo("mot de passe à usage unique à changer");
            browser.screenshot("admin-account");
            var nadia = new SignedInSession(port, "nadia", nadiasPassword);
            assertThat(nadia.get("/cases").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/mot-de-passe"));

            browser.open("/admin/antennes/marseille-1").submitForm("#branch-deletion");
            assertThat(browser.text("#form-error")).contains("ne peut pas être supprimée", "1 compte", "Désactivez-la");
            browser.submitForm("#branch-activation");
            assertThat(browser.textOnceItContains("#notice", "désactivée")).startsWith("Antenne désactivée");
            browser.open("/admin/comptes");
            assertThat(browser.text("#branch")).doesNotContain("Marseille 1er");
            browser.screenshot("admin-accounts");

            browser.click("← Administration")
                    .click("Entreprises")
                    .click(COMPANY_NAME)
                    .type("consumerMediator", MEDIATOR)
                    .type("postalCode-1", " ")
                    .submit();
            assertThat(browser.text("#form-error")).contains("Indiquez : « Code postal (siège 1) »");
            assertThat(browser.value("consumerMediator")).isEqualTo(MEDIATOR);
            browser.type("postalCode-1", "92110").submit();
            assertThat(browser.text("#notice")).startsWith("Entreprise enregistrée");
            assertThat(browser.value("consumerMediator")).isEqualTo(MEDIATOR);
            assertThat(browser.value("entity-2")).isEqualTo(LUXEMBOURG.entity());
            browser.screenshot("admin-company");
            assertThat(new ApiClient(port).get("/api/companies").getBody()).contains(MEDIATOR);

            browser.click("← Entreprises")
                    .click("Ajouter une entreprise")
                    .type("name", "Free Mobile")
                    .type("entity-1", "Free Mobile SAS")
                    .type("street-1", "16 rue de la Ville-l'Évêque")
                    .submit();
            assertThat(browser.text("#form-error")).contains("Indiquez : « Code postal (siège 1) »");
            assertThat(browser.value("street-1")).isEqualTo("16 rue de la Ville-l'Évêque");
            browser.type("postalCode-1", "75008").type("city-1", "Paris").submit();
            assertThat(browser.pathAfterLeaving("/admin/entreprises")).isEqualTo("/admin/entreprises/free-mobile");
            assertThat(browser.text("#notice")).isEqualTo("Entreprise « Free Mobile » ajoutée.");
            browser.click("← Entreprises");
            assertThat(browser.text("table.companies"))
                    .contains("Free Mobile SAS, 16 rue de la Ville-l'Évêque, " + "75008 Paris, France", MEDIATOR);
            browser.screenshot("admin-companies");

            browser.open("/admin/jetons")
                    .type("name", "import des dossiers de Marseille")
                    .choose("staffLogin", "Nadia Benali (nadia)")
                    .submitForm("#new-token");
            var token = browser.text("#issued-token");
            assertThat(token).startsWith("rct_");
            var program = new ApiClient(port, token);
            assertThat(program.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
            browser.screenshot("admin-tokens");
            browser.element("table.tokens tbody tr:last-child button").click();
            assertThat(browser.textOnceItContains("#notice", "révoqué"))
                    .isEqualTo("Jeton révoqué : il n'est plus accepté.");
            assertThat(browser.text("table.tokens tbody tr:last-child"))
                    .contains("import des dossiers de Marseille", "révoqué le");
            assertThat(program.get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void anAdministratorReadsTheAdministrationPagesInEnglish() {
        var password = StaffFixtures.account(port, "rose", "paris-11", "ADMINISTRATOR");
        try (var browser = new Browser(port)) {
            browser.open("/login?lang=en")
                    .type("username", "rose")
                    .type("password", password)
                    .submit();
            assertThat(browser.pathAfterLeaving("/login")).startsWith("/cases");

            browser.open("/admin/comptes");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.text("main h1")).isEqualTo("Accounts");
            assertThat(browser.text("table.accounts")).contains("administrator: everything, and the administration");
            browser.type("login", "rose")
                    .type("fullName", "Rose Petit")
                    .type("email", "rose@asso-conso.example")
                    .chooseValue("role", "STAFF")
                    .chooseValue("branch", "paris-11")
                    .submitForm("#new-account");
            assertThat(browser.textOnceItContains("#form-error", "rose"))
                    .startsWith("Account not created:")
                    .contains("An account “rose” already exists");
            browser.type("login", "sam").type("fullName", " ").submitForm("#new-account");
            assertThat(browser.textOnceItContains("#form-error", "Fill in")).contains("Fill in: “Full name”.");

            browser.open("/admin/entreprises/" + COMPANY_ID);
            assertThat(browser.text("main")).contains("Head office 1", "Legal entity", "Save");
        }
    }
}
