package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff member takes a Prime Video case from filing to the mediation request through the pages, in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class StaffPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aPrimeVideoCaseGoesFromFilingToMediationThroughThePages(@TempDir Path dir) throws Exception {
        var password = StaffFixtures.account(port, "lea", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/cases");
            assertThat(browser.currentPath()).isEqualTo("/login");
            browser.screenshot("sign-in");
            browser.type("username", "lea").type("password", password).submit();
            assertThat(browser.pathAfterLeaving("/login")).startsWith("/cases");
            browser.open("/cases/new");
            assertThat(browser.title()).isEqualTo("Nouvelle réclamation — Recours");
            browser.type("fullName", CONSUMER_NAME)
                    .type("email", CAMILLE.email())
                    .choose("companyId", COMPANY_NAME)
                    .choose("category", "Publicité introduite dans un abonnement payant")
                    .type("facts", "Depuis février 2024, publicités dans l'abonnement payant sans accord.")
                    .type("amountAtStake", "-5")
                    .type("desiredOutcome", "Remboursement des mois avec publicité")
                    .chooseValue("branch", "paris-11");
            browser.submit();
            assertThat(browser.text("#form-error")).contains("négatif");
            assertThat(browser.value("facts")).startsWith("Depuis février 2024");
            browser.screenshot("filing-refused");

            browser.type("amountAtStake", "35,88").submit();
            assertThat(browser.text("#notice")).startsWith("Réclamation enregistrée");
            var casePath = browser.currentPath();
            assertThat(casePath).matches("/cases/RC-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(browser.element("#letter-pdf").getText()).isEqualTo("Préparer la lettre de réclamation (PDF)");
            assertThat(browser.element("#letter-pdf").getAttribute("href")).endsWith(casePath + "/courrier.pdf");

            browser.click("Contact avec le service client")
                    .choose("channel", "chat en ligne")
                    .date("contactedOn", today().minusMonths(4))
                    .type("ticketReference", "D-4471")
                    .type("summary", "Demande de retrait des publicités")
                    .type("outcome", "Refus")
                    .submit();
            assertThat(browser.text("#notice")).contains("Étape enregistrée : ");

            var sentOn = today().minusDays(20);
            browser.click("Envoi de la réclamation écrite au siège")
                    .chooseValue("addressee", CLICHY.entity())
                    .date("sentOn", sentOn)
                    .choose("method", "lettre recommandée avec accusé de réception")
                    .type("trackingNumber", "1A 123 456 7890 1")
                    .submit();
            browser.click("Accusé de réception du courrier")
                    .date("deliveredOn", sentOn.plusDays(2))
                    .submit();
            assertThat(browser.text(".deadlines")).contains("Réponse de l'entreprise attendue au plus tard le");

            assertThat(browser.text("#offered-steps")).doesNotContain("Saisine du médiateur de la consommation");
            browser.element("#unavailable-steps summary").click();
            assertThat(browser.text("#unavailable-mediation"))
                    .startsWith("Saisine du médiateur de la consommation : " + "possible à partir du ");
            browser.open(casePath + "/mediation");
            assertThat(browser.text("#step-unavailable")).contains("possible à partir du");
            assertThat(browser.elements("#windowOverrideReason"))
                    .as("a supervisor's only")
                    .isEmpty();
            browser.type("mediator", "Médiateur du e-commerce")
                    .date("requestedOn", today())
                    .type("reference", "MED-118")
                    .submit();
            assertThat(browser.text("#form-error")).contains("La médiation n'est possible qu'à partir du");
            assertThat(browser.value("mediator")).isEqualTo("Médiateur du e-commerce");
            assertThat(browser.value("reference")).isEqualTo("MED-118");
            browser.screenshot("mediation-refused");

            browser.click("← Dossier " + casePath.substring("/cases/".length()))
                    .click("Réponse de l'entreprise")
                    .date("receivedOn", sentOn.plusDays(10))
                    .choose("channel", "courriel")
                    .type("summary", "L'entreprise maintient l'option payante")
                    .choose("assessment", "rejet de la réclamation")
                    .submit();
            browser.click("Saisine du médiateur de la consommation")
                    .type("mediator", "Médiateur du e-commerce")
                    .date("requestedOn", today())
                    .type("reference", "MED-118")
                    .submit();
            assertThat(browser.text("#notice")).contains("Étape enregistrée : Saisine du médiateur de la consommation");
            assertThat(browser.text(".status")).isEqualTo("en médiation");

            var screenshot = dir.resolve("capture-publicite.png");
            Files.write(screenshot, org.recours.portal.evidence.SampleFilesAccess.screenshot());
            browser.upload("file", screenshot)
                    .type("description", "Publicité pendant un film")
                    .submitForm("form[enctype='multipart/form-data']");
            assertThat(browser.textOnceItContains("#notice", "jointe")).contains("capture-publicite.png");
            // no scanner configured (recours.scanner.*): the document says it was not scanned
            assertThat(browser.text(".scan")).isEqualTo("non analysé par l'antivirus");
            assertThat(browser.text(".history")).contains("Médiation demandée le", "Pièce jointe");
            browser.screenshot("case");

            browser.open("/cases?q=Camille");
            assertThat(browser.text("table.cases")).contains(casePath.substring("/cases/".length()));
            browser.screenshot("case-list");
        }
    }

    @Test
    void aSupervisorSeesTheStatisticsAndAStaffMemberIsRefusedThem() {
        var supervisorPassword = StaffFixtures.account(port, "sarah", "siege", "SUPERVISOR");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "sarah")
                    .type("password", supervisorPassword)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.click("Statistiques");
            assertThat(browser.text("main h1")).isEqualTo("Statistiques");
            assertThat(browser.text("table.cases thead")).contains("Durée médiane");
            browser.screenshot("statistics");
        }
        var staffPassword = StaffFixtures.account(port, "hugo", "lyon", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "hugo")
                    .type("password", staffPassword)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/statistics");
            assertThat(browser.text("main")).contains("Accès refusé").doesNotContain("Durée médiane");
        }
    }

    @Test
    void anUnknownCaseShowsAReadablePage() {
        var password = StaffFixtures.account(port, "hugo", "lyon", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "hugo")
                    .type("password", password)
                    .submit();
            assertThat(browser.pathAfterLeaving("/login")).startsWith("/cases");
            browser.open("/cases/RC-0000-0000");
            assertThat(browser.text("main")).contains("Introuvable", "RC-0000-0000");
        }
    }
}
