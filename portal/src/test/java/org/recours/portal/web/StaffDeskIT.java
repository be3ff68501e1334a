package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.recours.testing.casefile.ReferenceCase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A staff member's day (issue 16): their own cases first, only the steps the case allows with the others explained,
 * forms that start from what Recours knows, a supervisor filing for a colleague, a disabled account's open cases in
 * the supervisors' queue and the workload view, confirmations before what cannot be undone, paper and phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class StaffDeskIT {

    private static final String COMPANY = """
            {"name": "Streamdesk", "consumerMediator": "Médiateur du numérique", "responseWindowMonths": 2,
             "headOffices": [{"entity": "Streamdesk France SAS", "street": "3 rue du Louvre", "postalCode": "75001",
                              "city": "Paris", "country": "France"}]}""";

    @LocalServerPort
    int port;

    @Test
    void aStaffMemberStartsFromTheirOwnCasesAndIsOfferedOnlyTheStepsTheCaseAllows() {
        assertThat(new ApiClient(port)
                        .put("/api/admin/companies/streamdesk", COMPANY)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var quentinApi = StaffFixtures.client(port, "quentin", "paris-11", "STAFF");
        var roxaneApi = StaffFixtures.client(port, "roxane", "paris-11", "STAFF");
        var mine = filed(quentinApi, "streamdesk");
        var theirs = filed(roxaneApi, "streamdesk");
        var password = StaffFixtures.account(port, "quentin", "paris-11", "STAFF");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "quentin")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases");
            assertThat(browser.element("#view-mine").getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.value("handler")).isEqualTo("quentin");
            assertThat(browser.text("table.cases")).contains(mine).doesNotContain(theirs);
            browser.click("Tous les dossiers");
            assertThat(browser.textOnceItContains("table.cases", theirs)).contains(mine, theirs);
            assertThat(browser.element("#view-all").getAttribute("aria-current"))
                    .isEqualTo("page");

            browser.open("/cases/" + mine);
            assertThat(browser.text("#offered-steps"))
                    .contains("Envoi de la réclamation écrite au siège", "Note")
                    .doesNotContain(
                            "Réouverture du dossier",
                            "Issue de la médiation",
                            "Saisine du médiateur de la consommation",
                            "Accusé de réception du courrier");
            assertThat(browser.shown("#unavailable-reouverture"))
                    .as("explained when asked")
                    .isFalse();
            browser.element("#unavailable-steps summary").click();
            assertThat(browser.text("#unavailable-reouverture")).contains("Seul un dossier clos peut être rouvert");
            assertThat(browser.text("#unavailable-issue-mediation"))
                    .contains("Issue de la médiation : aucune médiation n'est en cours");
            assertThat(browser.text("#unavailable-mediation")).contains("réclamation écrite");

            browser.click("Envoi de la réclamation écrite au siège");
            assertThat(browser.value("addressee"))
                    .as("the company's only head office, chosen")
                    .isEqualTo("Streamdesk France SAS");
            assertThat(browser.text("#addressee")).contains("Streamdesk France SAS — 3 rue du Louvre, 75001 Paris");
            browser.date("sentOn", PrimeVideoCase.today().minusDays(10))
                    .choose("method", "lettre recommandée avec accusé de réception")
                    .type("trackingNumber", "1A 123 456 7890 1")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "enregistré")).contains("Envoi de la réclamation");
            assertThat(browser.text("#offered-steps"))
                    .contains(
                            "Accusé de réception du courrier",
                            "Réponse de l'entreprise",
                            "Envoi de la réclamation écrite au siège")
                    .doesNotContain("Constat du silence de l'entreprise");
            browser.element("#unavailable-steps summary").click();
            assertThat(browser.text("#unavailable-mediation"))
                    .startsWith("Saisine du médiateur de la consommation : " + "possible à partir du ");
            assertThat(browser.text("#corrections"))
                    .contains("Correction d'un envoi de courrier")
                    .doesNotContain("Correction d'une action en justice");
            browser.screenshot("case-offered-steps");

            browser.open("/cases/" + mine + "/mediation");
            assertThat(browser.text("#step-unavailable")).contains("possible à partir du");
            assertThat(browser.value("mediator"))
                    .as("from the company directory")
                    .isEqualTo("Médiateur du numérique");
            assertThat(browser.elements("#windowOverrideReason"))
                    .as("a supervisor's only")
                    .isEmpty();

            browser.open("/cases/" + mine).printMedia(true);
            assertThat(browser.shown(".history")).as("the chronology on paper").isTrue();
            assertThat(browser.shown(".deadlines")).as("the deadlines on paper").isTrue();
            assertThat(browser.shown("header.top")).as("no menu on paper").isFalse();
            assertThat(browser.shown("#steps"))
                    .as("no steps to record on paper")
                    .isFalse();
            assertThat(browser.shown("#handler-form")).as("no form on paper").isFalse();
            browser.printMedia(false);

            browser.viewport(390, 844);
            for (var page : List.of(
                    "/cases",
                    "/cases?handler=",
                    "/cases/" + mine,
                    "/cases/new",
                    "/cases/" + mine + "/accuse-reception",
                    "/cases/" + mine + "/mediation")) {
                browser.open(page);
                assertThat(browser.horizontalOverflow())
                        .as(page + " at 390 px scrolls sideways by")
                        .isZero();
            }
            browser.open("/cases/" + mine);
            browser.screenshot("case-390px");
        }

        var icon = new ApiClient(port).download("/favicon.ico");
        assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(icon.getBody()).startsWith(0, 0, 1, 0);
    }

    @Test
    void aSupervisorFilesForAColleagueAndADisabledAccountsOpenCasesGoToTheSupervisorsQueue() {
        var ursuleApi = StaffFixtures.client(port, "ursule", "paris-11", "STAFF");
        var other = filed(ursuleApi, COMPANY_ID);
        var soleneApi = StaffFixtures.client(port, "solene", "siege", "SUPERVISOR");
        var byApi = soleneApi.post(
                "/api/cases", PrimeVideoCase.complaint().replaceFirst("\\{", "{\"handler\": \"ursule\", "));
        assertThat(byApi.getStatusCode()).as(byApi.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(soleneApi
                        .caseAtVersion(soleneApi.json(byApi).get("caseId").asString(), 1)
                        .get("handler")
                        .asString())
                .isEqualTo("ursule");
        var forAnother = ursuleApi.post(
                "/api/cases", PrimeVideoCase.complaint().replaceFirst("\\{", "{\"handler\": \"solene\", "));
        assertThat(forAnother.getStatusCode()).as("staff file for themselves").isEqualTo(HttpStatus.BAD_REQUEST);
        var supervisor = StaffFixtures.account(port, "solene", "siege", "SUPERVISOR");
        var administrator = StaffFixtures.account(port, "thibault", "siege", "ADMINISTRATOR");

        String filedForUrsule;
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "solene")
                    .type("password", supervisor)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/new");
            assertThat(browser.value("branch"))
                    .as("the supervisor's own branch first")
                    .isEqualTo("siege");
            assertThat(browser.value("handler")).as("the filer by default").isEqualTo("solene");
            browser.type("fullName", "Agathe Lemoine")
                    .chooseValue("companyId", COMPANY_ID)
                    .chooseValue("category", "ADS_IN_PAID_SUBSCRIPTION")
                    .type("facts", "Publicités dans l'abonnement payant depuis février.")
                    .type("amountAtStake", "23,88")
                    .type("desiredOutcome", "Remboursement")
                    .chooseValue("branch", "paris-11")
                    .chooseValue("handler", "ursule")
                    .submit();
            assertThat(browser.textOnceItContains("#notice", "Réclamation enregistrée"))
                    .contains("dossier RC-");
            filedForUrsule = browser.currentPath().substring("/cases/".length());
            assertThat(browser.text("#handler-now")).contains("ursule");
            assertThat(browser.text(".history")).contains("à ursule (suivi jusque-là par solene)");
        }
        ursuleApi.caseAtVersion(filedForUrsule, 1);
        ursuleApi.caseAtVersion(other, 0);

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "thibault")
                    .type("password", administrator)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/admin/comptes/ursule");
            browser.script("document.getElementById('confirmed').removeAttribute('required')")
                    .submitForm("#account-activation");
            assertThat(browser.textOnceItContains("main", "Cochez")).contains("Cochez la case de confirmation");
            browser.open("/admin/comptes/ursule");
            browser.element("#confirmed").click();
            browser.submitForm("#account-activation");
            assertThat(browser.textOnceItContains("#notice", "désactivé"))
                    .contains("3 dossiers ouverts remis à la file des superviseurs");
            browser.screenshot("account-disabled-queue");
        }
        for (var caseId : List.of(filedForUrsule, other)) {
            var history = new ApiClient(port).awaitHistory(caseId, caseId.equals(other) ? 2 : 3);
            assertThat(history.toString())
                    .contains(
                            "CaseQueuedForSupervisors",
                            "à la file des superviseurs de l'antenne paris-11 (suivi jusque-là par ursule) : le compte de la "
                                    + "personne qui le suivait a été désactivé.");
        }

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "solene")
                    .type("password", supervisor)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/equipe");
            assertThat(browser.text("#queues")).contains("Antenne paris-11 :");
            assertThat(browser.text("#workload")).contains("solene Test");
            browser.screenshot("workload");
            browser.element("#queues a[href*='paris-11']").click();
            assertThat(browser.textOnceItContains("table.cases", other)).contains(other, filedForUrsule);
            assertThat(browser.value("handler")).isEqualTo("superviseurs:paris-11");
            assertThat(browser.text("table.cases")).contains("File des superviseurs — paris-11");

            browser.open("/cases/" + other);
            assertThat(browser.text("#handler-now")).contains("File des superviseurs — paris-11");
            browser.chooseValue("handler-choice", "solene").submitForm("#handler-form");
            assertThat(browser.textOnceItContains("#notice", "solene")).contains("Dossier confié à solene");
            browser.viewport(390, 844);
            for (var page : List.of("/equipe", "/cases/new")) {
                browser.open(page);
                assertThat(browser.horizontalOverflow())
                        .as(page + " at 390 px scrolls sideways by")
                        .isZero();
            }
        }
    }

    @Test
    void erasureAndWithdrawalAskForConfirmationAndWithdrawalIsOnTheCasePage() {
        var api = new ApiClient(port);
        var caseId = filed(api, COMPANY_ID);
        assertThat(api.upload(
                                "/api/cases/" + caseId + "/evidence",
                                "capture.txt",
                                "Publicité pendant un film".getBytes(StandardCharsets.UTF_8),
                                "Capture d'écran")
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        api.caseAtVersion(caseId, 1);
        var administrator = StaffFixtures.account(port, "thibault", "siege", "ADMINISTRATOR");

        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "thibault")
                    .type("password", administrator)
                    .submit();
            browser.pathAfterLeaving("/login");
            browser.open("/cases/" + caseId);
            var document =
                    browser.element("details.withdrawal").getAttribute("id").substring("withdraw-".length());
            browser.element("details.withdrawal summary").click();
            browser.type("withdraw-reason-" + document, "Document d'un autre dossier");
            browser.script("document.getElementById('withdraw-confirmed-" + document + "').removeAttribute('required')")
                    .submitForm("#withdraw-" + document + " form");
            assertThat(browser.textOnceItContains("#evidence-error", "Cochez")).contains("définitif");
            assertThat(browser.text("#pieces + ul")).doesNotContain("retiré");

            browser.element("details.withdrawal summary").click();
            browser.type("withdraw-reason-" + document, "Document d'un autre dossier");
            browser.element("#withdraw-confirmed-" + document).click();
            browser.submitForm("#withdraw-" + document + " form");
            assertThat(browser.textOnceItContains("#notice", "retiré")).contains("Document retiré");
            assertThat(browser.text("main")).contains("Document d'un autre dossier");
            assertThat(browser.elements("details.withdrawal")).isEmpty();

            browser.type("reason", "Demande écrite de la consommatrice");
            browser.script("document.getElementById('erasure-confirmed').removeAttribute('required')")
                    .submitForm("form[action$='/effacement']");
            assertThat(browser.textOnceItContains("#evidence-error", "Cochez")).contains("définitif");
            assertThat(browser.text(".lead")).doesNotContain("données effacées");
            browser.type("reason", "Demande écrite de la consommatrice");
            browser.element("#erasure-confirmed").click();
            browser.submitForm("form[action$='/effacement']");
            assertThat(browser.textOnceItContains("#notice", "")).isNotBlank();
            assertThat(browser.elements("#erasure-confirmed")).isEmpty();
        }
    }

    private static String filed(ApiClient api, String companyId) {
        var filed =
                api.post("/api/cases", ReferenceCase.filing().against(companyId).json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.caseAtVersion(caseId, 0);
        return caseId;
    }
}
