package org.recours.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.recours.testing.typography.FrenchTypography;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** Refusals name the field in words and say why, in French (issue 16). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class RefusalWordingIT {

    @LocalServerPort
    int port;

    @Test
    void aRefusalNamesTheFieldInWordsAndSaysWhy() {
        var api = new ApiClient(port);
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        var caseId = api.json(filed).get("caseId").asString();

        var impossible = api.post(
                "/api/cases/" + caseId + "/support-contacts",
                PrimeVideoCase.supportContact(PrimeVideoCase.today())
                        .replace(PrimeVideoCase.today().toString(), "2026-02-30"));
        var future = api.post(
                "/api/cases/" + caseId + "/support-contacts",
                PrimeVideoCase.supportContact(PrimeVideoCase.today().plusDays(3)));
        var notANumber = api.post(
                "/api/cases/" + caseId + "/letters/abc/delivery", PrimeVideoCase.delivery(PrimeVideoCase.today()));

        assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var impossibleDetail = api.json(impossible).get("detail").asString();
        assertThat(impossibleDetail)
                .startsWith("La date du contact « 2026-02-30 » n'existe pas dans le calendrier : "
                        + "février 2026 n'a que 28 jours ;");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var futureDetail = api.json(future).get("detail").asString();
        assertThat(futureDetail).startsWith("La date du contact (").doesNotContain("contactedOn");
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var notANumberDetail = api.json(notANumber).get("detail").asString();
        assertThat(notANumberDetail)
                .isEqualTo("La valeur « abc » ne convient pas pour le champ « numéro du courrier » "
                        + ": un nombre entier est attendu.");
        for (var detail : new String[] {futureDetail, notANumberDetail}) {
            FrenchTypography.assertCorrectFrench("un refus", detail);
        }
    }
}
