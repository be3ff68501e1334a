package org.recours.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;
import static org.recours.testing.casefile.ReferenceCase.filing;
import static org.recours.testing.casefile.ReferenceCase.townLine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.query.audittrail.AuditNarratives;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class CaseApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aPrimeVideoCaseGoesFromFilingToMediationOverHttp() {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        assertThat(filed.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);
        assertThat(filed.getHeaders().getETag()).isEqualTo("\"0\"");

        step(
                "/api/cases/" + caseId + "/support-contacts",
                "\"0\"",
                PrimeVideoCase.supportContact(today().minusMonths(4)),
                1);
        step(
                "/api/cases/" + caseId + "/letters",
                "\"1\"",
                PrimeVideoCase.letter(CLICHY.entity(), today().minusMonths(3)),
                2);
        step(
                "/api/cases/" + caseId + "/letters/1/delivery",
                "\"2\"",
                PrimeVideoCase.delivery(today().minusMonths(3).plusDays(2)),
                3);
        step("/api/cases/" + caseId + "/mediations", "\"3\"", PrimeVideoCase.mediation(today()), 4);

        var view = api.caseAtVersion(caseId, 4);
        assertThat(view.get("status").asString()).isEqualTo("IN_MEDIATION");
        assertThat(view.get("company").get("name").asString()).isEqualTo(COMPANY_NAME);
        assertThat(view.get("category").asString()).isEqualTo("ADS_IN_PAID_SUBSCRIPTION");
        assertThat(view.get("branch").asString()).isEqualTo("paris-11");
        assertThat(view.get("supportContacts").get(0).get("ticketReference").asString())
                .isEqualTo("D-4471");
        var letter = view.get("letters").get(0);
        assertThat(letter.get("address").asString()).contains(CLICHY.street(), townLine(CLICHY));
        assertThat(letter.get("trackingNumber").asString()).isEqualTo("1A 123 456 7890 1");
        assertThat(letter.get("deliveredOn").asString())
                .isEqualTo(today().minusMonths(3).plusDays(2).toString());
        assertThat(view.get("legalDates").get("responseDueOn").asString())
                .isEqualTo(today().minusMonths(3).plusDays(2).plusMonths(2).toString());
        assertThat(view.get("legalDates").get("mediationAdmissibleUntil").asString())
                .isEqualTo(today().minusMonths(3).plusYears(1).toString());
        assertThat(view.get("mediations").get(0).get("conclusionDueOn").asString())
                .isEqualTo(today().plusDays(90).toString());
        assertThat(view.get("consumerDetails").get("fullName").asString()).isEqualTo(CONSUMER_NAME);
        assertThat(api.get("/api/cases/" + caseId).getHeaders().getETag()).isEqualTo("\"4\"");
    }

    @Test
    void mediationBeforeTheResponseWindowEndsIsRefusedWithTheRuleAndTheDateItBecomesPossible() {
        var caseId = fileCase();
        step(
                "/api/cases/" + caseId + "/letters",
                null,
                PrimeVideoCase.letter(LUXEMBOURG.entity(), today().minusDays(10)),
                1);

        var refused = api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(today()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        var problem = api.json(refused);
        assertThat(problem.get("rule").asString()).isEqualTo("RESPONSE_WINDOW_OPEN");
        assertThat(problem.get("possibleFrom").asString())
                .isEqualTo(today().minusDays(10).plusMonths(2).plusDays(1).toString());
        assertThat(problem.get("detail").asString()).contains("La médiation n'est possible qu'à partir du");
        assertThat(problem.get("legalBasis").asString()).contains("délai de réponse");
        assertThat(eventCount(caseId)).as("nothing recorded").isEqualTo(2);
    }

    @Test
    void aLetterToAnAddressOutsideTheCompanysHeadOfficesIsRefused() {
        var caseId = fileCase();

        var refused = api.post("/api/cases/" + caseId + "/letters", PrimeVideoCase.letter("Amazon Inc.", today()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(refused).get("detail").asString()).contains(CLICHY.entity(), LUXEMBOURG.entity());
    }

    @Test
    void aStaleIfMatchIsAConflictAndRecordsNothing() {
        var caseId = fileCase();
        step("/api/cases/" + caseId + "/notes", "\"0\"", PrimeVideoCase.note("Premier appel"), 1);

        var stale =
                api.post("/api/cases/" + caseId + "/notes", "\"0\"", PrimeVideoCase.note("Écrit sur une vue périmée"));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(stale).get("type").asString()).isEqualTo("/problems/version-conflict");
        assertThat(api.json(stale).get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void invalidInputIsABadRequestThatNamesTheProblem() {
        assertBadRequest(
                api.post("/api/cases", PrimeVideoCase.complaint("ADS_IN_PAID_SUBSCRIPTION", "-5", "Faits")), "négatif");
        assertBadRequest(
                api.post("/api/cases", PrimeVideoCase.complaint("WEATHER", "5", "Faits")),
                "WEATHER",
                "ADS_IN_PAID_SUBSCRIPTION");
        assertBadRequest(api.post("/api/cases", PrimeVideoCase.complaint("OTHER", "5", "  ")), "« faits »");
        assertBadRequest(api.post("/api/cases", "{\"consumer\": "), "JSON");
        assertBadRequest(api.post("/api/cases", filing().against("acme").json()), "Entreprise inconnue");

        var caseId = fileCase();
        assertBadRequest(
                api.post(
                        "/api/cases/" + caseId + "/support-contacts",
                        PrimeVideoCase.supportContact(today().plusDays(1))),
                "futur");
        assertBadRequest(
                api.post(
                        "/api/cases/" + caseId + "/support-contacts",
                        PrimeVideoCase.supportContact(today()).replace("CHAT", "PIGEON")),
                "PIGEON",
                "le champ « canal »");
        assertBadRequest(
                api.post("/api/cases/" + caseId + "/support-contacts", "not-json", PrimeVideoCase.note("x")),
                "If-Match");
        assertThat(eventCount(caseId)).as("nothing recorded on the valid case").isEqualTo(1);
    }

    @Test
    void anAdministratorAddsACompanyThatComplaintsCanThenName() {
        var saved = api.put("/api/admin/companies/streamflix", """
                {"name": "Streamflix", "consumerMediator": "Médiateur du numérique", "responseWindowMonths": 1,
                 "headOffices": [{"entity": "Streamflix France SAS", "street": "1 rue de la Paix", "postalCode": "75002",
                                  "city": "Paris", "country": "France"}]}""");
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/companies").getBody()).contains("Streamflix France SAS");

        var filed = api.post("/api/cases", filing().against("streamflix").json());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        step("/api/cases/" + caseId + "/letters", null, PrimeVideoCase.letter("Streamflix France SAS", today()), 1);
        assertThat(api.caseAtVersion(caseId, 1)
                        .get("legalDates")
                        .get("responseDueOn")
                        .asString())
                .isEqualTo(today().plusMonths(1).toString());
        assertThat(api.put("/api/admin/companies/vide", "{\"name\": \"Sans siège\", \"headOffices\": []}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(api.get("/api/cases/RC-0000-0000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/cases/not-a-reference").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var posted = api.post("/api/cases/RC-0000-0000/notes", PrimeVideoCase.note("perdu"));
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.json(posted).get("title").asString()).isEqualTo("Dossier introuvable");
    }

    @Test
    void eventsAreStoredAsJsonReadableWithPsqlAndCarryNoPersonalData() {
        var caseId = fileCase();

        var payload = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                caseId);
        var payloadType = jdbc.queryForObject(
                "SELECT payload_type FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                caseId);

        assertThat(payloadType).isEqualTo("org.recours.kernel.casefile.ComplaintFiled");
        assertThat(payload)
                .contains(
                        "\"caseId\":\"" + caseId + "\"",
                        "\"category\":\"ADS_IN_PAID_SUBSCRIPTION\"",
                        "\"entity\":\"Amazon Digital France SAS\"",
                        "\"filedBy\":\"admin\"");
        assertThat(payload).doesNotContain("Camille", "Martin", CAMILLE.email(), "12 34 56 78", "Lilas");
        var metaData = jdbc.queryForObject(
                "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                caseId);
        assertThat(metaData)
                .contains("\"staffMember\":\"admin\"")
                .as("the audit narrative version current when it was recorded (ADR 11)")
                .contains("\"" + AuditNarratives.META_DATA_KEY + "\":" + AuditNarratives.CURRENT);
        assertThat(jdbc.queryForList(
                        "SELECT data_type FROM information_schema.columns WHERE table_name IN "
                                + "('domain_event_entry', 'snapshot_event_entry', 'token_entry') AND column_name IN "
                                + "('payload', 'meta_data', 'token')",
                        String.class))
                .containsOnly("bytea")
                .hasSize(5);
    }

    @Test
    void concurrentStepsOnOneCaseAreAllRecordedInOrderWithoutGaps() throws Exception {
        var caseId = fileCase();
        List<Callable<ResponseEntity<String>>> notes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            var text = "Note " + i;
            notes.add(() -> api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note(text)));
        }
        for (var result : concurrently(notes)) {
            assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(jdbc.queryForList(
                        "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "ORDER BY sequence_number",
                        Long.class,
                        caseId))
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(0, 16).boxed().toList());
        assertThat(api.caseAtVersion(caseId, 16).get("notes")).hasSize(16);
    }

    @Test
    void ofTwoConcurrentStepsOnTheSameVersionExactlyOneWins() throws Exception {
        var caseId = fileCase();
        Callable<ResponseEntity<String>> note =
                () -> api.post("/api/cases/" + caseId + "/notes", "\"0\"", PrimeVideoCase.note("même version"));
        var statuses = concurrently(List.of(note, note)).stream()
                .map(ResponseEntity::getStatusCode)
                .toList();
        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    private static List<ResponseEntity<String>> concurrently(List<Callable<ResponseEntity<String>>> calls)
            throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var results = new ArrayList<ResponseEntity<String>>();
            for (var future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String fileCase() {
        var filed = api.post("/api/cases", PrimeVideoCase.complaint());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return api.json(filed).get("caseId").asString();
    }

    private void step(String path, String ifMatch, String body, long expectedVersion) {
        var response = api.post(path, ifMatch, body);
        assertThat(response.getStatusCode())
                .as(path + " → " + response.getBody())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.json(response).get("version").asLong()).isEqualTo(expectedVersion);
        assertThat(response.getHeaders().getFirst(HttpHeaders.ETAG)).isEqualTo("\"" + expectedVersion + "\"");
    }

    private void assertBadRequest(ResponseEntity<String> response, String... detailMentions) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api.json(response).get("detail").asString()).contains(detailMentions);
    }

    private int eventCount(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, caseId);
    }
}
