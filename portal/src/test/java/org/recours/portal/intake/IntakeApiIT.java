package org.recours.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake queue through the API, on PostgreSQL: a confirmed submission waits in the queue of the branch its
 * postcode names, out of other branches' reach; accepted it is a case of that reference filed by the staff member,
 * with the consumer in the vault; declined, the reason goes out by email; decided once only. Unconfirmed submissions
 * are purged after the confirmation window.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"recours.intake.postcode-branches.[69]=lyon", "recours.intake.per-address-per-hour=1000"})
@UsesPostgres
class IntakeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakePurge purge;

    ApiClient lyon;
    ApiClient paris;
    ApiClient supervisor;

    @BeforeEach
    void staff() {
        lyon = StaffFixtures.client(port, "lucien", "lyon", "STAFF");
        paris = StaffFixtures.client(port, "pauline", "paris-11", "STAFF");
        supervisor = StaffFixtures.client(port, "solene", "siege", "SUPERVISOR");
    }

    @Test
    void aConfirmedSubmissionWaitsInItsBranchsQueueAndBecomesACaseOfTheSameReference() throws Exception {
        var email = "api-" + System.nanoTime() + "@example.org";
        var reference = new PublicVisitor(port).fileAndConfirm(PublicVisitor.complaint(email, "69003"), jdbc);

        assertThat(lyon.get("/api/intake").getBody()).contains(reference, email, "\"branch\":\"lyon\"");
        assertThat(paris.get("/api/intake").getBody()).doesNotContain(reference);
        assertThat(supervisor.get("/api/intake").getBody()).contains(reference);
        assertThat(paris.get("/api/intake/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(paris.post("/api/intake/" + reference + "/acceptance", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lyon.get("/api/intake/" + reference).getBody()).contains("\"contactedSupport\":\"NO\"");

        var accepted = lyon.post("/api/intake/" + reference + "/acceptance", "{}");
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(lyon.json(accepted).get("caseId").asString()).isEqualTo(reference);
        var file = lyon.caseAtVersion(reference, 1);
        assertThat(file.get("filedBy").asString()).isEqualTo("lucien");
        assertThat(file.get("branch").asString()).isEqualTo("lyon");
        assertThat(file.toString()).contains(CONSUMER_NAME, email);
        assertThat(lyon.post("/api/intake/" + reference + "/acceptance", "{}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(lyon.get("/api/intake").getBody()).doesNotContain(reference);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM follow_up_link WHERE case_id = ? AND revoked_at IS NULL",
                        Integer.class,
                        reference))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT token_hash FROM follow_up_link WHERE case_id = ?", String.class, reference))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theFollowUpLinkIsReadOnlyOnceTheCaseClosesAndOpensNothingAfterAnErasure() throws Exception {
        var email = "suivi-" + System.nanoTime() + "@example.org";
        var visitor = new PublicVisitor(port);
        var reference = visitor.fileAndConfirm(PublicVisitor.complaint(email, "69004"), jdbc);
        assertThat(lyon.post("/api/intake/" + reference + "/acceptance", "{}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        var mail = jdbc.queryForObject(
                "SELECT text_body FROM reminder_outbox WHERE case_id = ? "
                        + "AND reminder_key LIKE 'intake-follow-up-%'",
                String.class, reference);
        var link = java.util.regex.Pattern.compile("/suivi/[A-Za-z0-9_-]{43}").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        var followUp = link.group();
        lyon.caseAtVersion(reference, 1);
        assertThat(visitor.get(followUp).body())
                .contains("id=\"message-form\"", COMPANY_NAME)
                .doesNotContain("Réponses du consommateur");

        assertThat(lyon.post("/api/cases/" + reference + "/closure", """
                {"resolution": "ABANDONED", "amountObtained": 0, "summary": "Le consommateur renonce"}""").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        lyon.caseAtVersion(reference, 2);
        var closed = visitor.get(followUp);
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body())
                .contains("Votre dossier est clos")
                .doesNotContain("id=\"message-form\"", "Le consommateur renonce");

        assertThat(new org.recours.portal.ApiClient(port)
                        .post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande écrite"}""".formatted(reference))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(visitor.get(followUp).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeclinedSubmissionNeedsAReasonWhichTheConsumerReceives() throws Exception {
        var email = "refus-api-" + System.nanoTime() + "@example.org";
        var reference = new PublicVisitor(port).fileAndConfirm(PublicVisitor.complaint(email, "69001"), jdbc);

        var noReason = lyon.post("/api/intake/" + reference + "/decline", "{}");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reason");
        assertThat(lyon.post("/api/intake/" + reference + "/decline", """
                {"reason": "Litige entre particuliers"}""").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject(
                        "SELECT text_body FROM reminder_outbox WHERE case_id = ? "
                                + "AND reminder_key = 'intake-declined'",
                        String.class,
                        reference))
                .contains("Litige entre particuliers");
        assertThat(lyon.post("/api/intake/" + reference + "/decline", """
                {"reason": "Encore"}""").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM intake_submission WHERE submission_id = ? "
                                + "AND email IS NULL AND full_name IS NULL AND facts IS NULL",
                        Integer.class,
                        reference))
                .isEqualTo(1);
    }

    @Test
    void unconfirmedSubmissionsArePurgedAfterTheConfirmationWindow() throws Exception {
        var email = "jamais-" + System.nanoTime() + "@example.org";
        assertThat(new PublicVisitor(port)
                        .post("/reclamation", PublicVisitor.complaint(email, "69002"), true)
                        .statusCode())
                .isEqualTo(302);
        var reference =
                jdbc.queryForObject("SELECT submission_id FROM intake_submission WHERE email = ?", String.class, email);
        assertThat(lyon.get("/api/intake").getBody()).doesNotContain(reference);
        purge.purge();
        assertThat(count(email)).as("still within its window").isEqualTo(1);
        jdbc.update(
                "UPDATE intake_submission SET submitted_at = submitted_at - interval '49 hours' "
                        + "WHERE submission_id = ?",
                reference);
        purge.purge();
        assertThat(count(email)).isZero();
    }

    private int count(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM intake_submission WHERE email = ?", Integer.class, email);
    }
}
