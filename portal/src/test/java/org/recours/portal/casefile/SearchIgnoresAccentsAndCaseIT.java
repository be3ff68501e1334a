package org.recours.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** Staff type names and words as they come: the search finds them whatever their accents and case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class SearchIgnoresAccentsAndCaseIT {

    @LocalServerPort
    int port;

    @Test
    void aNameAFactAndAReferenceAreFoundWithoutTheirAccentsOrCapitals() {
        var api = new ApiClient(port);
        // a word of this test's own, so that the other tests' cases on the shared database do not answer
        var token = UUID.randomUUID().toString().substring(0, 6);
        var mark = "Réclamé" + token;
        var filed = api.post(
                "/api/cases",
                briefFiling()
                        .byNameOnly("Élodie Lefèvre")
                        .about("CANCELLATION_IGNORED", mark + " : signalement à la FEVAD, résiliation ignorée")
                        .atStake("8.99")
                        .json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        api.caseAtVersion(caseId, 0);
        var typedMark = "RECLAME" + token.toUpperCase(Locale.ROOT);

        for (var typed : new String[] {
            "lefevre",
            "LEFEVRE",
            "elodie lefèvre",
            "ÉLODIE",
            "fevad " + typedMark,
            "Févad " + typedMark.toLowerCase(Locale.ROOT),
            caseId.toLowerCase(Locale.ROOT)
        }) {
            assertThat(found(api, typed)).as("searched for \"%s\"", typed).contains(caseId);
        }
        assertThat(found(api, "lefebvre")).as("another name").doesNotContain(caseId);
        assertThat(found(api, "fevad reclamex")).as("every word must be found").doesNotContain(caseId);
    }

    private static java.util.List<String> found(ApiClient api, String typed) {
        // as typed: the client encodes the query string
        var response = api.get("/api/cases?size=100&q=" + typed);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        var ids = new ArrayList<String>();
        api.json(response)
                .get("cases")
                .forEach(summary -> ids.add(summary.get("caseId").asString()));
        return ids;
    }
}
