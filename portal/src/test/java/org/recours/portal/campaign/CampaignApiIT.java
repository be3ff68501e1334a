package org.recours.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;
import static org.recours.testing.casefile.ReferenceCase.filing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The Prime Video advertising campaign over HTTP, on the real PostgreSQL: members, their facts and consent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CampaignApiIT {

    /** The collective file is timestamped like a case bundle, by the authority the association configured. */
    private static final org.recours.testing.TestTimestampAuthority AUTHORITY =
            org.recours.testing.TestTimestampAuthority.start();

    @org.springframework.test.context.DynamicPropertySource
    static void timestamping(org.springframework.test.context.DynamicPropertyRegistry properties) {
        properties.add(
                "recours.evidence.timestamping.url", () -> AUTHORITY.url().toString());
    }

    @org.junit.jupiter.api.AfterAll
    static void stopTheAuthority() {
        AUTHORITY.close();
    }

    private static final java.time.format.DateTimeFormatter FRENCH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSupervisorBuildsTheCampaignFromFiledCasesAndStaffSeeOnlyTheirBranchsConsumers() {
        var admin = new ApiClient(port);
        var paris = fileCase(admin, "paris-11", CONSUMER_NAME);
        var parisToo = fileCase(admin, "paris-11", "Yann Le Goff");
        StaffFixtures.branch(admin, "lyon");
        var lyon = fileCase(admin, "lyon", "Inès Roux");
        var closed = fileCase(admin, "paris-11", "Paul Durand");
        assertThat(admin.post("/api/cases/" + closed + "/closure", """
                {"resolution": "ABANDONED", "amountObtained": 0, "summary": "Abandon"}""").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var lea = StaffFixtures.client(port, "lea-campagne", "paris-11", "STAFF");

        var refusedToStaff = lea.post("/api/campaigns", PrimeVideoAdsCampaign.opening());
        assertThat(refusedToStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        var opened = admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening());
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        var campaign = admin.json(opened).get("campaignId").asString();
        assertThat(admin.awaitOk("/api/campaigns/" + campaign).getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitCaseStatus(admin, closed, "CLOSED");

        var suggested = admin.json(admin.get("/api/campaigns/" + campaign + "/suggestions?limit=1000"));
        assertThat(suggested.findValuesAsString("caseId"))
                .contains(paris, parisToo, lyon)
                .doesNotContain(closed);

        var added = admin.json(
                admin.post("/api/campaigns/" + campaign + "/members", """
                {"caseIds": ["%s", "%s", "%s", "%s"]}""".formatted(paris, parisToo, lyon, closed)));
        assertThat(added.get("joined").valueStream().map(JsonNode::asString)).containsExactly(paris, parisToo, lyon);
        assertThat(added.get("refused").get(0).get("caseId").asString()).isEqualTo(closed);
        assertThat(added.get("refused").get(0).get("refusal").asString()).contains("est clos");

        assertThat(lea.put(
                                "/api/campaigns/" + campaign + "/members/" + paris + "/facts",
                                PrimeVideoAdsCampaign.facts("41.86", true))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(admin.put(
                                "/api/campaigns/" + campaign + "/members/" + lyon + "/facts",
                                PrimeVideoAdsCampaign.facts("20.00", false))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (var member : new String[] {paris, parisToo, lyon}) {
            var consent = admin.post(
                    "/api/campaigns/" + campaign + "/members/" + member + "/consent",
                    PrimeVideoAdsCampaign.consent(today()));
            assertThat(consent.getStatusCode()).as(consent.getBody()).isEqualTo(HttpStatus.OK);
        }
        var withdrawn = admin.post("/api/campaigns/" + campaign + "/members/" + parisToo + "/consent-withdrawal", "{}");
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);

        var lastVersion = admin.json(withdrawn).get("version").asLong();
        var overview = await(
                admin, campaign, view -> view.get("campaign").get("version").asLong() >= lastVersion);
        assertThat(overview.get("exportable").asInt()).isEqualTo(2);
        assertThat(overview.get("totalClaimed").decimalValue()).isEqualByComparingTo("61.86");
        assertThat(overview.get("perStage").get("FILED").asInt()).isEqualTo(3);
        var members = overview.get("members");
        assertThat(members.size()).isEqualTo(3);
        assertThat(members.get(0).get("member").get("pseudonym").asString()).isEqualTo("M00001");
        assertThat(members.get(0).get("consumerName").asString()).isEqualTo(CONSUMER_NAME);
        assertThat(members.get(1).get("consentWithdrawnOn").asString()).isEqualTo(today().toString());
        assertThat(members.get(2).get("missing").valueStream().map(JsonNode::asString))
                .containsExactly("evidencePresent");

        var secondPage = admin.json(admin.get("/api/campaigns/" + campaign + "?page=2&size=2"));
        assertThat(secondPage.get("page").asInt()).isEqualTo(2);
        assertThat(secondPage.get("pages").asInt()).isEqualTo(2);
        assertThat(secondPage.get("memberCount").asInt()).isEqualTo(3);
        assertThat(secondPage.get("members").findValuesAsString("pseudonym")).containsExactly("M00003");
        assertThat(secondPage.get("perStage").get("FILED").asInt())
                .as("the figures count every page")
                .isEqualTo(3);
        assertThat(secondPage.get("totalClaimed").decimalValue()).isEqualByComparingTo("61.86");

        var seenByLea = lea.json(lea.get("/api/campaigns/" + campaign));
        assertThat(seenByLea.get("members").get(0).get("consumerName").asString())
                .isEqualTo(CONSUMER_NAME);
        assertThat(seenByLea.get("members").get(2).get("consumerName").isNull()).isTrue();
        assertThat(seenByLea.toString()).doesNotContain("Inès Roux");

        var otherBranch = lea.put(
                "/api/campaigns/" + campaign + "/members/" + lyon + "/facts",
                PrimeVideoAdsCampaign.facts("1.00", true));
        assertThat(otherBranch.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var leaAddsLyon = lea.json(lea.post("/api/campaigns/" + campaign + "/members", """
                {"caseIds": ["%s"]}""".formatted(lyon)));
        assertThat(leaAddsLyon.get("refused").size()).isEqualTo(1);

        var erased = admin.post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande de la consommatrice"}""".formatted(lyon));
        assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
        var afterErasure = await(
                admin,
                campaign,
                view -> view.get("members").get(2).get("consentGivenOn").isNull());
        assertThat(afterErasure.get("members").get(2).get("consumerName").isNull())
                .isTrue();
    }

    @Test
    void refusalsAreProblemDetailsNamingTheRule() {
        var admin = new ApiClient(port);
        var campaign = admin.json(admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening()))
                .get("campaignId")
                .asString();
        admin.awaitOk("/api/campaigns/" + campaign);

        var noStanding = admin.post("/api/campaigns/" + campaign + "/group-actions", """
                {"court": "Tribunal judiciaire de Paris", "filedOn": "%s", "summary": "Action de groupe"}""".formatted(today()));
        assertThat(noStanding.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(admin.json(noStanding).get("rule").asString()).isEqualTo("GROUP_ACTION_STANDING_REQUIRED");

        var noMembers = admin.post("/api/campaigns/" + campaign + "/mediations", """
                {"mediator": "Médiateur du e-commerce", "requestedOn": "%s"}""".formatted(today()));
        assertThat(noMembers.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(admin.json(noMembers).get("rule").asString()).isEqualTo("NO_MEMBERS");

        var invalid = admin.post(
                "/api/campaigns",
                PrimeVideoAdsCampaign.opening()
                        .replace("\"title\": \"Publicités dans Prime Video\"", "\"title\": \" \""));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.json(invalid).get("field").asString()).isEqualTo("title");

        var standing = admin.post("/api/campaigns/" + campaign + "/standing", """
                {"approvalNumber": "AGR-2025-017", "approvedOn": "2025-06-02"}""");
        assertThat(standing.getStatusCode()).isEqualTo(HttpStatus.OK);
        var view = await(
                admin, campaign, v -> !v.get("campaign").get("approvalNumber").isNull());
        assertThat(view.get("campaign").get("approvalValidUntil").asString()).isEqualTo("2030-06-01");

        assertThat(admin.get("/api/campaigns/CP-0000-0000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.get("/api/campaigns/nonsense").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void afterAJudgmentTheEndOfItsJoiningWindowIsAmongTheDatesComing() {
        var admin = new ApiClient(port);
        var camille = fileCase(admin, "paris-11", CONSUMER_NAME);
        var campaign = admin.json(admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening()))
                .get("campaignId")
                .asString();
        admin.awaitOk("/api/campaigns/" + campaign);
        admin.post("/api/campaigns/" + campaign + "/members", """
                {"caseIds": ["%s"]}""".formatted(camille));
        assertThat(admin.post(
                                "/api/campaigns/" + campaign + "/members/" + camille + "/consent",
                                PrimeVideoAdsCampaign.consent(today()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(admin.post("/api/campaigns/" + campaign + "/standing", """
                {"approvalNumber": "AGR-2025-017", "approvedOn": "%s"}""".formatted(today().minusYears(1)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var action = admin.post("/api/campaigns/" + campaign + "/group-actions", """
                {"court": "Tribunal judiciaire de Paris", "filedOn": "%s", "summary": "Action de groupe"}""".formatted(today()));
        assertThat(action.getStatusCode()).as(action.getBody()).isEqualTo(HttpStatus.OK);
        var windowEnds = today().plusMonths(6);
        var judgment = admin.post("/api/campaigns/" + campaign + "/judgment", """
                {"deliveredOn": "%s", "summary": "Responsabilité retenue", "joiningWindowEndsOn": "%s"}""".formatted(today(), windowEnds));
        assertThat(judgment.getStatusCode()).as(judgment.getBody()).isEqualTo(HttpStatus.OK);

        var view = await(
                admin,
                campaign,
                v -> v.get("deadlines").findValuesAsString("kind").contains("JOINING_WINDOW_ENDS"));
        var window = view.get("deadlines")
                .valueStream()
                .filter(deadline -> deadline.get("kind").asString().equals("JOINING_WINDOW_ENDS"))
                .findFirst()
                .orElseThrow();
        assertThat(window.get("on").asString()).isEqualTo(windowEnds.toString());
        assertThat(window.get("pseudonym").isNull())
                .as("the campaign's own date, no member's")
                .isTrue();
    }

    @Test
    void aCollectiveStepLandsOnEachConsentingMembersCaseOnce() {
        var admin = new ApiClient(port);
        var camille = fileCase(admin, "paris-11", CONSUMER_NAME);
        var yann = fileCase(admin, "paris-11", "Yann Le Goff");
        var closedLater = fileCase(admin, "paris-11", "Paul Durand");
        var noConsent = fileCase(admin, "paris-11", "Léa Petit");
        var campaign = admin.json(admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening()))
                .get("campaignId")
                .asString();
        admin.awaitOk("/api/campaigns/" + campaign);
        admin.post("/api/campaigns/" + campaign + "/members", """
                {"caseIds": ["%s", "%s", "%s", "%s"]}""".formatted(camille, yann, closedLater, noConsent));
        for (var member : new String[] {camille, yann, closedLater}) {
            assertThat(admin.post(
                                    "/api/campaigns/" + campaign + "/members/" + member + "/consent",
                                    PrimeVideoAdsCampaign.consent(today()))
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        admin.post("/api/cases/" + closedLater + "/closure", """
                {"resolution": "RESOLVED", "amountObtained": 35.88, "summary": "Remboursé"}""");

        var notice = admin.post("/api/campaigns/" + campaign + "/formal-notices", """
                {"sentOn": "%s", "method": "REGISTERED_WITH_ACKNOWLEDGEMENT", "trackingNumber": "1A 987 654 3210 9"}""".formatted(today()));
        assertThat(notice.getStatusCode()).as(notice.getBody()).isEqualTo(HttpStatus.OK);

        for (var member : new String[] {camille, yann}) {
            var letter = admin.caseAtVersion(member, 1).get("letters").get(0);
            assertThat(letter.get("addressee").asString()).isEqualTo(LUXEMBOURG.entity());
            assertThat(letter.get("trackingNumber").asString()).isEqualTo("1A 987 654 3210 9");
        }
        var mediation = admin.post("/api/campaigns/" + campaign + "/mediations", """
                {"mediator": "Médiateur du e-commerce", "requestedOn": "%s", "reference": "MED-COLL-1"}""".formatted(today()));
        assertThat(mediation.getStatusCode()).as(mediation.getBody()).isEqualTo(HttpStatus.OK);
        var noted = admin.caseAtVersion(camille, 2);
        assertThat(noted.get("mediations").size())
                .as("the response window is open: no mediation on the case")
                .isZero();
        assertThat(noted.get("notes").get(0).toString())
                .contains("Campagne " + campaign, "médiation collective demandée", "Médiateur du e-commerce");

        assertThat(admin.json(admin.get("/api/cases/" + noConsent))
                        .get("letters")
                        .size())
                .isZero();
        assertThat(admin.json(admin.get("/api/cases/" + closedLater))
                        .get("letters")
                        .size())
                .isZero();
        assertThat(admin.json(admin.get("/api/cases/" + camille)).get("letters").size())
                .as("the notice landed once")
                .isEqualTo(1);
        var view = await(
                admin,
                campaign,
                v -> v.get("campaign").get("steps").size() == 2
                        && v.get("deadlines").size() == 2);
        var responseDue =
                admin.json(admin.get("/api/cases/" + camille)).get("legalDates").get("responseDueOn");
        var deadline = view.get("deadlines").get(0);
        assertThat(deadline.get("kind").asString())
                .as(view.get("deadlines").toString())
                .isEqualTo("RESPONSE_DUE");
        assertThat(deadline.get("on").asString()).isEqualTo(responseDue.asString());
        assertThat(deadline.get("pseudonym").asString()).isEqualTo("M00001");
        assertThat(view.get("deadlines").findValuesAsString("caseId"))
                .as("the members the notice went to")
                .containsExactly(camille, yann);
        assertThat(view.get("campaign").get("status").asString()).isEqualTo("IN_MEDIATION");
        assertThat(view.get("campaign").get("steps").get(0).get("members").asInt())
                .isEqualTo(3);
    }

    @Test
    void theCollectiveFileHoldsEachConsentingMembersOwnBundleAndAManifestSignedAndVerifiableWithStandardTools()
            throws Exception {
        var admin = new ApiClient(port);
        var members = new String[] {
            fileCase(admin, "paris-11", CONSUMER_NAME),
            fileCase(admin, "paris-11", "Yann Le Goff"),
            fileCase(admin, "paris-11", "Inès Roux")
        };
        var campaign = campaignOf(admin, members);
        for (var member : members) {
            admin.post(
                    "/api/campaigns/" + campaign + "/members/" + member + "/consent",
                    PrimeVideoAdsCampaign.consent(today()));
            admin.put(
                    "/api/campaigns/" + campaign + "/members/" + member + "/facts",
                    PrimeVideoAdsCampaign.facts("41.86", true));
        }
        var withdrawal =
                admin.post("/api/campaigns/" + campaign + "/members/" + members[1] + "/consent-withdrawal", "{}");
        var lastVersion = admin.json(withdrawal).get("version").asLong();
        await(admin, campaign, view -> view.get("campaign").get("version").asLong() >= lastVersion);

        var started = admin.post("/api/campaigns/" + campaign + "/exports", null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        var progress = started.getHeaders().getLocation().toString();
        assertThat(admin.json(started).get("members").asInt()).isEqualTo(2);
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!admin.json(admin.get(progress)).get("status").asString().equals("DONE")) {
            assertThat(Instant.now()).as(admin.get(progress).getBody()).isBefore(deadline);
            sleep();
        }
        assertThat(admin.json(admin.get(progress)).get("membersDone").asInt()).isEqualTo(2);
        var exportId = java.util.UUID.fromString(progress.substring(progress.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT file_name FROM campaign_export_chunk WHERE export_id = ?",
                        String.class,
                        exportId))
                .as("the files are kept in the database, for any instance to serve")
                .containsExactlyInAnyOrderElementsOf(CampaignExports.FILES);

        var csv = new String(
                admin.download(progress + "/members.csv").getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .as("a French spreadsheet's CSV: byte-order mark, semicolons, French headers")
                .startsWith("\uFEFFpseudonyme;antenne;adhésion le;");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv)
                .contains(
                        "M00001;paris-11",
                        "M00003;paris-11",
                        ";41,86;oui;" + FRENCH_DAY.format(today()) + ";courriel\r\n")
                .doesNotContain("M00002", "Camille", members[0]);

        var xlsx = admin.download(progress + "/members.xlsx");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                        new java.io.ByteArrayInputStream(xlsx.getBody()));
                var rows = workbook.getFirstSheet().openStream()) {
            var sheet = rows.toList();
            assertThat(sheet).hasSize(3);
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("pseudonyme");
            assertThat(sheet.get(1).getCellText(0)).isEqualTo("M00001");
            assertThat(sheet.get(2).getCellText(0)).isEqualTo("M00003");
            assertThat(sheet.get(1).getCellAsNumber(8))
                    .hasValueSatisfying(claimed -> assertThat(claimed).isEqualByComparingTo("41.86"));
            assertThat(sheet.get(1).getCellAsDate(10))
                    .hasValueSatisfying(given -> assertThat(given.toLocalDate()).isEqualTo(today()));
            assertThat(sheet.get(1).getCellText(11)).isEqualTo("courriel");
        }

        var zip = admin.download(progress + "/collective-file.zip");
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        var dir = java.nio.file.Files.createTempDirectory("collective-file");
        var file = dir.resolve("collective-file.zip");
        java.nio.file.Files.write(file, zip.getBody());
        var entries = new java.util.ArrayList<String>();
        try (var archive = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(archive.entries())) {
                entries.add(entry.getName());
                var target = dir.resolve(entry.getName());
                java.nio.file.Files.createDirectories(target.getParent());
                try (var in = archive.getInputStream(entry)) {
                    java.nio.file.Files.copy(in, target);
                }
            }
        }
        assertThat(entries)
                .containsExactly(
                        "members/M00001.zip",
                        "members/M00003.zip",
                        "members.csv",
                        "campaign.json",
                        "manifest.sha256",
                        "manifest.sha256.p7s",
                        "signer-certificate.pem",
                        "manifest.sha256.p7s.tsr");
        assertThat(java.nio.file.Files.readString(dir.resolve("campaign.json")))
                .contains("\"M00003\"", members[2], "recours-campaign-v1")
                .doesNotContain(members[1]);
        assertThat(run(dir, "sha256sum", "-c", "manifest.sha256")).contains("members/M00001.zip: OK");
        run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                "manifest.sha256.p7s",
                "-content",
                "manifest.sha256",
                "-CAfile",
                "signer-certificate.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null");
        java.nio.file.Files.write(dir.resolve("tsa-root.pem"), AUTHORITY.rootPem());
        assertThat(run(
                        dir,
                        "openssl",
                        "ts",
                        "-verify",
                        "-in",
                        "manifest.sha256.p7s.tsr",
                        "-data",
                        "manifest.sha256.p7s",
                        "-CAfile",
                        "tsa-root.pem"))
                .contains("Verification: OK");
        var certificate =
                (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(java.nio.file.Files.newInputStream(dir.resolve("signer-certificate.pem")));
        var ownBundle = org.recours.query.evidence.BundleVerifier.verify(
                java.nio.file.Files.readAllBytes(dir.resolve("members/M00001.zip")), certificate);
        assertThat(ownBundle.valid()).as(String.join("\n", ownBundle.lines())).isTrue();
    }

    @Test
    void anErasedMembersNameAndConsentDetailsAreInNoExport() throws Exception {
        var admin = new ApiClient(port);
        var camille = fileCase(admin, "paris-11", CONSUMER_NAME);
        var erasedMember = fileCase(admin, "paris-11", "Yann Le Goff");
        var campaign = admin.json(admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening()))
                .get("campaignId")
                .asString();
        admin.awaitOk("/api/campaigns/" + campaign);
        admin.post("/api/campaigns/" + campaign + "/members", """
                {"caseIds": ["%s", "%s"]}""".formatted(camille, erasedMember));
        for (var member : new String[] {camille, erasedMember}) {
            assertThat(admin.post(
                                    "/api/campaigns/" + campaign + "/members/" + member + "/consent",
                                    PrimeVideoAdsCampaign.consent(today()))
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            admin.put(
                    "/api/campaigns/" + campaign + "/members/" + member + "/facts",
                    PrimeVideoAdsCampaign.facts("41.86", true));
        }
        await(
                admin,
                campaign,
                view -> view.get("members").size() == 2
                        && !view.get("members").get(1).get("consentGivenOn").isNull());

        var erased = admin.post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande du consommateur"}""".formatted(erasedMember));
        assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
        await(
                admin,
                campaign,
                view -> view.get("members").get(1).get("consentGivenOn").isNull()
                        && view.get("members").get(1).get("consumerName").isNull());

        var started = admin.post("/api/campaigns/" + campaign + "/exports", null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        var progress = started.getHeaders().getLocation().toString();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!admin.json(admin.get(progress)).get("status").asString().equals("DONE")) {
            assertThat(Instant.now()).as(admin.get(progress).getBody()).isBefore(deadline);
            sleep();
        }

        var csv = new String(
                admin.download(progress + "/members.csv").getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("M00001;paris-11", ";41,86;oui;" + FRENCH_DAY.format(today()) + ";courriel")
                .doesNotContain("Yann", "Le Goff");
        var erasedRow = csv.lines()
                .filter(line -> line.startsWith("M00002;"))
                .findFirst()
                .orElseThrow();
        assertThat(erasedRow)
                .as("the erased member's consent date and channel are gone")
                .endsWith(";oui;;");

        var everything =
                textOf(admin.download(progress + "/collective-file.zip").getBody());
        assertThat(everything)
                .as("every entry of the collective file, member bundles unzipped")
                .contains(CONSUMER_NAME)
                .doesNotContain("Yann", "Le Goff");
    }

    /**
     * The text of every entry of a ZIP: the ZIPs it holds (members' bundles) read the same way, the PDFs (case
     * histories) by their extracted text.
     */
    static String textOf(byte[] zip) throws java.io.IOException {
        var text = new StringBuilder();
        try (var archive = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                var content = archive.readAllBytes();
                text.append("== ").append(entry.getName()).append('\n');
                if (entry.getName().endsWith(".zip")) {
                    text.append(textOf(content));
                } else if (entry.getName().endsWith(".pdf")) {
                    var pdf = new com.lowagie.text.pdf.PdfReader(content);
                    var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        text.append(extractor.getTextFromPage(page)).append('\n');
                    }
                } else {
                    text.append(new String(content, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    static String run(java.nio.file.Path dir, String... command) throws Exception {
        var process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        return output;
    }

    static String fileCase(ApiClient api, String branch, String name) {
        var filed = api.post(
                "/api/cases", filing().inBranch(branch).byConsumerCalled(name).json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.caseAtVersion(caseId, 0);
        return caseId;
    }

    /** The reference campaign, opened with these cases as its members. */
    static String campaignOf(ApiClient admin, String... members) {
        var campaign = admin.json(admin.post("/api/campaigns", PrimeVideoAdsCampaign.opening()))
                .get("campaignId")
                .asString();
        admin.awaitOk("/api/campaigns/" + campaign);
        var added = admin.post(
                "/api/campaigns/" + campaign + "/members",
                "{\"caseIds\": [\"" + String.join("\", \"", members) + "\"]}");
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);
        return campaign;
    }

    static void awaitCaseStatus(ApiClient api, String caseId, String status) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!api.json(api.get("/api/cases/" + caseId))
                .get("status")
                .asString()
                .equals(status)) {
            assertThat(Instant.now())
                    .as("case " + caseId + " never became " + status)
                    .isBefore(deadline);
            sleep();
        }
    }

    static JsonNode await(ApiClient api, String campaign, Predicate<JsonNode> until) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        var view = api.json(api.get("/api/campaigns/" + campaign));
        while (!until.test(view)) {
            assertThat(Instant.now())
                    .as("campaign never reached the expected state: " + view)
                    .isBefore(deadline);
            sleep();
            view = api.json(api.get("/api/campaigns/" + campaign));
        }
        return view;
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
