package org.recours.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.web.StaffFixtures;
import org.recours.query.letter.LetterTemplates;
import org.recours.testing.UsesPostgres;
import org.recours.testing.typography.FrenchTypography;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A letter from each template, on the reference case, over HTTP: its text read back from the PDF and checked for
 * French typography; a letter produced for sending kept as a document of the case; templates edited by
 * administrators as new versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CaseLettersIT {

    /** Where the letters are written for a look (docs/screenshots has their first pages as PNG). */
    static final Path WRITTEN = Path.of("target", "letters");

    @LocalServerPort
    int port;

    @Test
    void eachTemplateGivesALetterOfTheCaseInCorrectFrench() throws IOException {
        var api = new ApiClient(port);
        var caseId = referenceCase(api);
        Files.createDirectories(WRITTEN);

        for (var template : LetterTemplates.SHIPPED.keySet()) {
            var letter = api.download("/api/cases/" + caseId + "/from-template/" + template + ".pdf");

            assertThat(letter.getStatusCode()).as(template).isEqualTo(HttpStatus.OK);
            assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            Files.write(WRITTEN.resolve(template + ".pdf"), letter.getBody());
            var text = PdfText.of(letter.getBody());
            assertThat(text)
                    .as(template)
                    .contains(
                            CONSUMER_NAME,
                            CAMILLE.postalAddress(),
                            "Paris, le " + FrenchDate.of(PrimeVideoCase.today()),
                            caseId,
                            "salutations distinguées");
            FrenchTypography.assertCorrectFrench("la lettre « " + template + " »", text);
        }
        assertThat(PdfText.of(api.download("/api/cases/" + caseId + "/from-template/relance.pdf")
                        .getBody()))
                .contains("je vous ai adressé par lettre recommandée avec accusé de réception (n° 1A 123 456 7890 1)");
        // the mediator as the company directory names it when it does (other tests edit the directory), else a blank
        assertThat(PdfText.of(api.download("/api/cases/" + caseId + "/from-template/mediation.pdf")
                        .getBody()))
                .contains("auprès d'" + COMPANY_NAME)
                .containsPattern(
                        "Le Médiateur du e-commerce de la FEVAD|\\[Nom du médiateur de la consommation à compléter]");
        assertThat(api.get("/api/cases/" + caseId + "/from-template/lettre-inconnue.pdf")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLetterProducedForSendingIsKeptAsADocumentOfTheCaseWithItsHashAndTemplateVersion()
            throws NoSuchAlgorithmException {
        var api = new ApiClient(port);
        var caseId = referenceCase(api);
        var version = api.caseAtVersion(caseId, 2).get("version").asLong();

        var produced = api.post(
                "/api/cases/" + caseId + "/from-template/reclamation",
                "\"" + version + "\"",
                "{\"addressee\": \"Amazon Digital France SAS\"}");

        assertThat(produced.getStatusCode()).as(produced.getBody()).isEqualTo(HttpStatus.CREATED);
        var kept = api.json(produced);
        var templateVersion = api.json(api.get("/api/letter-templates/reclamation"))
                .get("version")
                .asInt();
        assertThat(kept.get("template").asString()).isEqualTo("reclamation");
        assertThat(kept.get("templateVersion").asInt()).isEqualTo(templateVersion);
        var document = api.download(
                "/api/cases/" + caseId + "/evidence/" + kept.get("documentId").asString());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBody())))
                .isEqualTo(kept.get("sha256").asString());
        var file = api.caseAtVersion(caseId, version + 1);
        var evidence = file.get("evidence").get(0);
        assertThat(evidence.get("fileName").asString()).isEqualTo(caseId + "-reclamation.pdf");
        assertThat(evidence.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(evidence.get("description").asString())
                .isEqualTo("Réclamation écrite au siège à Amazon "
                        + "Digital France SAS (modèle « reclamation », version " + templateVersion + ")");
    }

    @Test
    void anAdministratorsEditIsANewVersionAndEveryEarlierOneStaysReadable() {
        var admin = new ApiClient(port);
        var caseId = referenceCase(admin);
        var before = admin.json(admin.get("/api/letter-templates/resiliation"));
        var body = before.get("body")
                .asString()
                .replace("<closing>", "<p>Je conserve une copie de ce courrier.</p>" + "\n  <closing>");

        var saved = admin.put(
                "/api/admin/letter-templates/resiliation",
                JsonMapper.builder().build().writeValueAsString(java.util.Map.of("body", body)));

        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.CREATED);
        int next = before.get("version").asInt() + 1;
        assertThat(admin.json(saved).get("version").asInt()).isEqualTo(next);
        assertThat(admin.json(admin.get("/api/letter-templates/resiliation?version=1"))
                        .get("body")
                        .asString())
                .isEqualTo(LetterTemplates.shippedBody("resiliation"));
        assertThat(admin.json(admin.get("/api/letter-templates/resiliation/versions"))
                        .get(0)
                        .get("version")
                        .asInt())
                .isEqualTo(next);
        var letters = "/api/cases/" + caseId + "/from-template/";
        assertThat(PdfText.of(admin.download(letters + "resiliation.pdf").getBody()))
                .contains("Je conserve une copie de ce courrier.");
        assertThat(PdfText.of(
                        admin.download(letters + "resiliation.pdf?version=1").getBody()))
                .doesNotContain("Je conserve une copie");
        var preview = admin.post(
                "/api/admin/letter-templates/resiliation/preview",
                JsonMapper.builder().build().writeValueAsString(java.util.Map.of("body", body)));
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).startsWith("%PDF");
    }

    @Test
    void theRequestToTheMediatorIsAddressedFromTheCompanyDirectory() throws IOException {
        var admin = new ApiClient(port);
        var company = "videos-a-la-demande-" + Long.toString(System.nanoTime(), 36);
        var saved = admin.put("/api/admin/companies/" + company, """
                {"name": "Vidéos à la demande", "headOffices": [{"entity": "VOD France SAS",
                  "street": "3 rue de Rivoli", "postalCode": "75004", "city": "Paris", "country": "France"}],
                 "mediator": {"name": "Médiateur de la communication électronique",
                              "website": "https://www.mediateur-telecom.fr",
                              "postalAddress": "CS 30342\\n94257 Gentilly Cedex",
                              "email": "contact@mediateur-telecom.fr"}}""");
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
        var filed = admin.post("/api/cases", filing().against(company).json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = admin.json(filed).get("caseId").asString();
        admin.caseAtVersion(caseId, 0);

        var text = PdfText.of(admin.download("/api/cases/" + caseId + "/from-template/mediation.pdf")
                .getBody());

        assertThat(text)
                .contains("Le Médiateur de la communication électronique CS 30342 94257 Gentilly Cedex")
                .doesNotContain("Adresse du médiateur à compléter");
        FrenchTypography.assertCorrectFrench("la demande de médiation", text);

        admin.put("/api/admin/companies/" + company, """
                {"name": "Vidéos à la demande", "headOffices": [{"entity": "VOD France SAS",
                  "street": "3 rue de Rivoli", "postalCode": "75004", "city": "Paris", "country": "France"}],
                 "mediator": {"name": "Médiateur de la communication électronique"}}""");
        assertThat(PdfText.of(admin.download("/api/cases/" + caseId + "/from-template/mediation.pdf")
                        .getBody()))
                .contains("Le Médiateur de la communication électronique [Adresse du médiateur à compléter");
    }

    @Test
    void aTemplateThatDoesNotRenderIsRefusedAndStaffCannotEditTemplates() {
        var admin = new ApiClient(port);
        var broken = admin.put(
                "/api/admin/letter-templates/relance",
                "{\"body\": \"<letter xmlns:th=\\\"http://www.thymeleaf.org\\\"><p th:text=\\\"${dossier.\\\"/></letter>\"}");
        var unknownBlock =
                admin.put("/api/admin/letter-templates/relance", "{\"body\": \"<letter><table/></letter>\"}");
        var staff = StaffFixtures.client(port, "lucien", "paris-11", "STAFF");

        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(admin.json(broken).get("detail").asString()).startsWith("Le modèle ne peut pas être rendu");
        assertThat(unknownBlock.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(admin.json(unknownBlock).get("detail").asString()).contains("pas de bloc <table>");
        assertThat(staff.put("/api/admin/letter-templates/relance", "{\"body\": \"<letter/>\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.get("/api/letter-templates").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static String referenceCase(ApiClient api) {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        var contact = api.post(
                "/api/cases/" + caseId + "/support-contacts",
                PrimeVideoCase.supportContact(PrimeVideoCase.today().minusDays(20)));
        assertThat(contact.getStatusCode()).as(contact.getBody()).isEqualTo(HttpStatus.OK);
        var letter = api.post(
                "/api/cases/" + caseId + "/letters",
                PrimeVideoCase.letter(CLICHY.entity(), PrimeVideoCase.today().minusDays(10)));
        assertThat(letter.getStatusCode()).as(letter.getBody()).isEqualTo(HttpStatus.OK);
        api.caseAtVersion(caseId, 2);
        return caseId;
    }
}
