package org.recours.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.campaign.CampaignApiIT.await;
import static org.recours.portal.campaign.CampaignApiIT.fileCase;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** One formal letter per member, written in the background, kept on each member's case and downloaded as one ZIP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CampaignLettersIT {

    @LocalServerPort
    int port;

    @Test
    void eachConsentingMemberGetsALetterKeptOnTheirCaseWithItsHashAndAllComeAsOneZip() throws Exception {
        var admin = new ApiClient(port);
        var members = new String[] {
            fileCase(admin, "paris-11", CONSUMER_NAME),
            fileCase(admin, "paris-11", "Yann Le Goff"),
            fileCase(admin, "paris-11", "Inès Roux")
        };
        var campaign = CampaignApiIT.campaignOf(admin, members);
        for (var member : new String[] {members[0], members[2]}) {
            assertThat(admin.post(
                                    "/api/campaigns/" + campaign + "/members/" + member + "/consent",
                                    PrimeVideoAdsCampaign.consent(today()))
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        await(admin, campaign, view -> view.get("exportable").asInt() == 2);

        var staff = StaffFixtures.client(port, "noe-courriers", "paris-11", "STAFF");
        assertThat(staff.post("/api/campaigns/" + campaign + "/letters", null).getStatusCode())
                .as("supervisors run the campaign")
                .isEqualTo(HttpStatus.FORBIDDEN);

        var started = admin.post("/api/campaigns/" + campaign + "/letters", null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(admin.json(started).get("kind").asString()).isEqualTo("MEMBER_LETTERS");
        assertThat(admin.json(started).get("members").asInt())
                .as("members whose consent stands")
                .isEqualTo(2);
        var progress = started.getHeaders().getLocation().toString();
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!admin.json(admin.get(progress)).get("status").asString().equals("DONE")) {
            assertThat(admin.json(admin.get(progress)).get("status").asString()).isEqualTo("RUNNING");
            assertThat(Instant.now()).as(admin.get(progress).getBody()).isBefore(deadline);
            CampaignApiIT.sleep();
        }
        assertThat(admin.json(admin.get(progress)).get("membersDone").asInt()).isEqualTo(2);
        assertThat(admin.download(progress + "/members.csv").getStatusCode())
                .as("a letters job leaves no members table")
                .isEqualTo(HttpStatus.NOT_FOUND);

        var zip = admin.download(progress + "/letters.zip");
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        var dir = Files.createTempDirectory("letters");
        var file = dir.resolve("letters.zip");
        Files.write(file, zip.getBody());
        var entries = new ArrayList<String>();
        try (var archive = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(archive.entries())) {
                entries.add(entry.getName());
                try (var in = archive.getInputStream(entry)) {
                    Files.copy(in, dir.resolve(entry.getName()));
                }
            }
        }
        var first = "M00001-" + members[0] + ".pdf";
        var third = "M00003-" + members[2] + ".pdf";
        assertThat(entries).containsExactly(first, third, "manifest.sha256");
        assertThat(CampaignApiIT.run(dir, "sha256sum", "-c", "manifest.sha256")).contains(first + ": OK");
        var text = CampaignApiIT.textOf(zip.getBody());
        assertThat(text)
                .contains(CONSUMER_NAME, "Inès Roux", LUXEMBOURG.entity())
                .doesNotContain("Le Goff");

        var letter = Files.readAllBytes(dir.resolve(first));
        var hash = HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(letter));
        var evidence = admin.json(admin.get("/api/cases/" + members[0])).get("evidence");
        var listed = Instant.now().plus(Duration.ofSeconds(10));
        while (evidence.isEmpty() && Instant.now().isBefore(listed)) {
            CampaignApiIT.sleep();
            evidence = admin.json(admin.get("/api/cases/" + members[0])).get("evidence");
        }
        assertThat(evidence.size())
                .as("the letter is a document of the member's case")
                .isEqualTo(1);
        assertThat(evidence.get(0).get("sha256").asString()).isEqualTo(hash);
        assertThat(evidence.get(0).get("description").asString()).contains(CAMPAIGN_TITLE, "M00001");
        assertThat(admin.json(admin.get("/api/cases/" + members[1]))
                        .get("evidence")
                        .size())
                .as("no letter for a member without consent")
                .isZero();
    }
}
