package org.recours.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;
import static org.recours.testing.casefile.ReferenceCase.townLine;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.portal.ApiClient;
import org.recours.portal.PdfText;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The formal complaint letter, downloaded over HTTP the way staff and the association's tools get it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ComplaintLetterIT {

    @LocalServerPort
    int port;

    @Test
    void theLetterIsPreFilledFromTheCaseTheVaultAndTheDirectory() throws IOException {
        var api = new ApiClient(port);
        var caseId = primeVideoCaseWithASupportContact(api);

        var letter = api.download("/api/cases/" + caseId + "/formal-letter.pdf");

        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(letter.getHeaders().getContentDisposition().getFilename()).isEqualTo(caseId + "-reclamation.pdf");
        assertThat(PdfText.of(letter.getBody()))
                .contains(
                        CONSUMER_NAME,
                        CAMILLE.postalAddress(),
                        CLICHY.entity(),
                        CLICHY.street(),
                        townLine(CLICHY),
                        "Paris, le " + FrenchDate.of(PrimeVideoCase.today()),
                        "référence du dossier " + caseId,
                        "Publicité introduite dans un abonnement payant",
                        "remboursement des mois avec publicité",
                        "35,88 €",
                        "par chat en ligne, ticket n° D-4471",
                        "L612-2 du Code de la consommation",
                        "deux mois");
    }

    @Test
    void staffChooseWhichHeadOfficeTheLetterGoesTo() throws IOException {
        var api = new ApiClient(port);
        var caseId = primeVideoCaseWithASupportContact(api);

        var letter = api.download("/api/cases/" + caseId + "/formal-letter.pdf?addressee=Amazon Europe Core SARL");

        assertThat(PdfText.of(letter.getBody()))
                .contains(LUXEMBOURG.entity(), "38 avenue John F. Kennedy", townLine(LUXEMBOURG))
                .doesNotContain(townLine(CLICHY));
        var unknown = api.get("/api/cases/" + caseId + "/formal-letter.pdf?addressee=Amazon Inc");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains(LUXEMBOURG.entity());
    }

    @Test
    void aStaffMemberOfAnotherBranchGets404ByThePageAndTheApi() {
        var api = new ApiClient(port);
        var caseId = primeVideoCaseWithASupportContact(api);
        var lyon = StaffFixtures.client(port, "maelle", "lyon", "STAFF");
        var paris = StaffFixtures.client(port, "jules", "paris-11", "STAFF");

        for (var path :
                new String[] {"/api/cases/" + caseId + "/formal-letter.pdf", "/cases/" + caseId + "/courrier.pdf"}) {
            assertThat(lyon.download(path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            var own = paris.download(path);
            assertThat(own.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(own.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PDF);
        }
    }

    private static String primeVideoCaseWithASupportContact(ApiClient api) {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        var contact = api.post(
                "/api/cases/" + caseId + "/support-contacts",
                PrimeVideoCase.supportContact(PrimeVideoCase.today().minusDays(10)));
        assertThat(contact.getStatusCode()).as(contact.getBody()).isEqualTo(HttpStatus.OK);
        api.caseAtVersion(caseId, 1);
        return caseId;
    }
}
