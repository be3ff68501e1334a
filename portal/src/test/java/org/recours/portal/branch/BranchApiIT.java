package org.recours.portal.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Administrators manage branches through {@code /api/admin/branches}; refusals are RFC 9457 problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class BranchApiIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anAdministratorCreatesRenamesDeactivatesReactivatesAndDeletesABranch() {
        var admin = new ApiClient(port);

        var created = admin.post("/api/admin/branches", """
                {"code": "nantes", "name": "Nantes", "address": "12 rue de Strasbourg", "city": "Nantes"}""");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/admin/branches/nantes");
        assertThat(admin.json(created).get("active").asBoolean()).isTrue();
        assertThat(admin.get("/api/admin/branches").getBody()).contains("\"code\":\"nantes\"", "\"code\":\"siege\"");

        var renamed = admin.put("/api/admin/branches/nantes", """
                {"name": "Nantes Métropole", "address": "12 rue de Strasbourg", "city": "Nantes"}""");
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.json(admin.get("/api/admin/branches/nantes"))
                        .get("name")
                        .asString())
                .isEqualTo("Nantes Métropole");

        var deactivated = admin.put("/api/admin/branches/nantes", """
                {"name": "Nantes Métropole", "active": false}""");
        assertThat(admin.json(deactivated).get("active").asBoolean()).isFalse();
        var address = admin.json(deactivated).get("address");
        assertThat(address == null || address.isNull())
                .as("a PUT replaces the branch: no address given, none kept")
                .isTrue();

        var reactivated = admin.put("/api/admin/branches/nantes", """
                {"name": "Nantes Métropole", "active": true}""");
        assertThat(admin.json(reactivated).get("active").asBoolean()).isTrue();

        assertThat(admin.delete("/api/admin/branches/nantes").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.get("/api/admin/branches/nantes").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void inputThatCanNeverBeABranchIsRefusedWith400() {
        var admin = new ApiClient(port);

        assertProblem(admin.post("/api/admin/branches", """
                {"code": "Paris 11!", "name": "Paris 11e"}"""), HttpStatus.BAD_REQUEST, "Code d'antenne invalide");
        assertProblem(admin.post("/api/admin/branches", """
                {"code": "rennes", "name": "  "}"""), HttpStatus.BAD_REQUEST, "name");
        assertProblem(admin.post("/api/admin/branches", "{\"code\": "), HttpStatus.BAD_REQUEST, "JSON");
        assertProblem(admin.post("/api/admin/branches", """
                {"code": "rennes", "name": "%s"}""".formatted("R".repeat(201))), HttpStatus.BAD_REQUEST, "200");
        assertThat(admin.get("/api/admin/branches/rennes").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnknownBranchIs404() {
        var admin = new ApiClient(port);

        assertProblem(admin.get("/api/admin/branches/atlantide"), HttpStatus.NOT_FOUND, "atlantide");
        assertProblem(
                admin.put("/api/admin/branches/atlantide", "{\"name\": \"Atlantide\"}"),
                HttpStatus.NOT_FOUND,
                "Aucune antenne");
        assertProblem(admin.delete("/api/admin/branches/atlantide"), HttpStatus.NOT_FOUND, "Aucune antenne");
        assertProblem(admin.get("/api/admin/branches/PARIS_11"), HttpStatus.NOT_FOUND, "Aucune antenne");
    }

    @Test
    void aCodeIsTakenOnceAndABranchInUseIsDeactivatedNeverDeleted() {
        var admin = new ApiClient(port);
        StaffFixtures.branch(admin, "brest");
        assertProblem(
                admin.post("/api/admin/branches", "{\"code\": \"brest\", \"name\": \"Brest bis\"}"),
                HttpStatus.CONFLICT,
                "déjà celui de l'antenne");

        StaffFixtures.oneTimeAccount(port, "yann", "brest", "STAFF");
        var refused = admin.delete("/api/admin/branches/brest");
        assertProblem(refused, HttpStatus.CONFLICT, "ne peut pas être supprimée");
        assertThat(admin.json(refused).get("detail").asString()).contains("1 compte", "Désactivez-la");

        StaffFixtures.branch(admin, "quimper");
        var filed = admin.post("/api/cases", complaint("quimper"));
        admin.caseAtVersion(admin.json(filed).get("caseId").asString(), 0);
        assertProblem(admin.delete("/api/admin/branches/quimper"), HttpStatus.CONFLICT, "1 dossier");
        assertThat(admin.get("/api/admin/branches/quimper").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAccountJoinsOnlyAnExistingActiveBranch() {
        var admin = new ApiClient(port);
        assertProblem(
                admin.post("/api/admin/staff", """
                {"login": "zoe", "fullName": "Zoé Test", "email": "zoe@asso-conso.example", "branch": "atlantide",
                 "role": "STAFF"}"""),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Aucune antenne n'a le code « atlantide »");

        StaffFixtures.branch(admin, "vannes");
        admin.put("/api/admin/branches/vannes", "{\"name\": \"Vannes\", \"active\": false}");
        assertProblem(admin.post("/api/admin/staff", """
                {"login": "zoe", "fullName": "Zoé Test", "email": "zoe@asso-conso.example", "branch": "vannes",
                 "role": "STAFF"}"""), HttpStatus.UNPROCESSABLE_CONTENT, "désactivée");
        assertProblem(admin.put("/api/staff/admin", """
                {"fullName": "Administrateur", "email": "admin@recours.invalid", "branch": "vannes"}"""), HttpStatus.UNPROCESSABLE_CONTENT, "désactivée");
        assertThat(admin.get("/api/staff").getBody()).doesNotContain("zoe");
    }

    @Test
    void aCaseIsFiledOnlyIntoAnExistingActiveBranch() {
        var admin = new ApiClient(port);
        var events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertProblem(
                admin.post("/api/cases", complaint("inconnue")), HttpStatus.UNPROCESSABLE_CONTENT, "Aucune antenne");
        StaffFixtures.branch(admin, "douarnenez");
        assertThat(admin.put("/api/admin/branches/douarnenez", """
                {"name": "Douarnenez", "active": false}""").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(
                admin.post("/api/cases", complaint("douarnenez")), HttpStatus.UNPROCESSABLE_CONTENT, "désactivée");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("nothing recorded")
                .isEqualTo(events);
    }

    @Test
    void aBranchDeletedRightAfterAFilingCannotOrphanItsCase() {
        var admin = new ApiClient(port);
        int deleted = 0;
        for (int round = 0; round < 20; round++) {
            var code = "ephemere-" + round;
            StaffFixtures.branch(admin, code);
            var filed = admin.post("/api/cases", complaint(code));
            assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
            var deletion = admin.delete("/api/admin/branches/" + code);
            if (deletion.getStatusCode().is2xxSuccessful()) {
                deleted++;
            } else {
                assertProblem(deletion, HttpStatus.CONFLICT, "1 dossier");
            }
        }
        assertThat(deleted).as("branches deleted under a case just filed").isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_file c WHERE NOT EXISTS "
                                + "(SELECT 1 FROM branch b WHERE b.code = c.branch)",
                        Long.class))
                .as("orphaned cases")
                .isZero();
    }

    private static String complaint(String branch) {
        return briefFiling()
                .about("SUPPORT_UNREACHABLE", "Aucune réponse du support")
                .atStake("5")
                .asking("Une réponse")
                .inBranch(branch)
                .json();
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains(detail);
    }
}
