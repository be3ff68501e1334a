package org.recours.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.faults.RecoursJar;
import org.recours.portal.reminders.SmtpServer;
import org.recours.portal.web.StaffFixtures;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A newcomer's first run, as the README says: the packaged application started with no datasource, in a fresh
 * working directory, on its embedded PostgreSQL under ./data. Every feature works there: a case filed and its steps
 * recorded, the company's silence fires and its emails are queued in the outbox and sent to the SMTP server, the
 * search finds the case without its accents, statistics and every export answer. The data survive a SIGKILL, a
 * second Recours on the same data is refused, and SIGTERM stops everything cleanly.
 */
class EmbeddedDefaultJourneyIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path workingDirectory;

    @Test
    void aNewcomersFirstRunSendsRemindersFindsLefevreExportsAndKeepsItsDataAcrossRestarts() throws Exception {
        try (var smtp = new SmtpServer()) {
            // deadlines due today fire at once (00:00), and the last mediation-limit warning comes 15 days before
            var mail = Map.of(
                    "SPRING_MAIL_HOST",
                    "127.0.0.1",
                    "SPRING_MAIL_PORT",
                    String.valueOf(smtp.port()),
                    "RECOURS_DEADLINES_TIME_OF_DAY",
                    "00:00",
                    "RECOURS_DEADLINES_MEDIATION_LIMIT_WARNING_DAYS",
                    "15");
            String caseId;
            try (var app = RecoursJar.startOnTheEmbeddedDefault(workingDirectory, mail)) {
                assertThat(app.output())
                        .contains(
                                "=== Recours: embedded PostgreSQL 17.",
                                "Data: " + workingDirectory.toRealPath().resolve("data/postgres") + " (created now");
                assertThat(workingDirectory.resolve("data/postgres/PG_VERSION")).hasContent("17");
                var api = app.api;
                StaffFixtures.branch(api, "paris-11");
                ok(api.put("/api/staff/admin", """
                        {"fullName": "Marie Durand", "email": "marie.durand@asso-conso.example", "branch": "paris-11"}"""));

                caseId = fileAndLeaveUnanswered(api);

                await(
                        "the silence staff stated and the mediation-limit reminder that fired, two emails each",
                        () -> smtp.received(caseId).size() == 4);
                var outbox = api.get("/api/outbox?caseId=" + caseId).getBody();
                assertThat(outbox)
                        .contains(
                                "RESPONSE_DEADLINE_EXPIRED", "MEDIATION_TIME_LIMIT_APPROACHING", "\"status\":\"SENT\"")
                        .doesNotContain("\"status\":\"PENDING\"");

                for (var typed : new String[] {"lefevre", "ELODIE", "fevad"}) {
                    assertThat(ok(api.get("/api/cases?q=" + typed)).getBody())
                            .as(typed)
                            .contains(caseId);
                }
                assertThat(ok(api.get("/api/statistics")).getBody()).contains("\"category\":\"CANCELLATION_IGNORED\"");
                assertThat(ok(api.get("/api/statistics.csv")).getBody()).contains(COMPANY_NAME);
                exportsAnswer(api, caseId);
                assertThat(app.kill()).as("SIGKILL").isEqualTo(137);
            }

            try (var again = RecoursJar.startOnTheEmbeddedDefault(workingDirectory, mail)) {
                assertThat(again.output())
                        .contains(
                                "(kept from earlier runs",
                                "was left running on "
                                        + workingDirectory.toRealPath().resolve("data/postgres"));
                assertThat(again.api
                                .caseAtVersion(caseId, 6)
                                .get("consumerDetails")
                                .get("fullName")
                                .asString())
                        .isEqualTo("Élodie Lefèvre");

                var second = RecoursJar.launchOnTheEmbeddedDefault(workingDirectory, mail);
                assertThat(second.awaitExit(Duration.ofSeconds(180)))
                        .as("a second Recours on the same data")
                        .isOne();
                assertThat(second.output())
                        .contains("Another Recours is already running on the embedded database in "
                                + workingDirectory.toRealPath().resolve("data/postgres"));
                assertThat(again.api.get("/api/cases/" + caseId).getStatusCode())
                        .isEqualTo(HttpStatus.OK);

                assertThat(again.stop())
                        .as("SIGTERM: the JVM's own exit status")
                        .isEqualTo(143);
                assertThat(again.output())
                        .contains("Embedded PostgreSQL stopped; the data stay in")
                        .doesNotContain(" ERROR ", "Exception");
            }
            assertThat(smtp.received(caseId))
                    .as("each email sent once, restarts included")
                    .hasSize(4);
        }
    }

    /**
     * Filed today with a registered letter sent a year ago less 15 days: its two-month response window is long over,
     * so staff state the silence (the system states only what it could know, ADR 13), and the last day to seize the
     * mediator is 15 days away, so its reminder is due today and fires.
     */
    private static String fileAndLeaveUnanswered(ApiClient api) {
        var today = LocalDate.now(PARIS);
        var filed = api.post(
                "/api/cases",
                briefFiling()
                        .by(Consumer.named("Élodie Lefèvre")
                                .withEmail("elodie.lefevre@example.org")
                                .agreeingToReminders(true))
                        .about("CANCELLATION_IGNORED", "Résiliation ignorée, signalée à la FEVAD")
                        .atStake("8.99")
                        .json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = api.json(filed).get("caseId").asString();
        ok(api.post("/api/cases/" + caseId + "/support-contacts", """
                {"channel": "CHAT", "contactedOn": "%s", "ticketReference": "D-4471", "summary": "Résiliation",
                 "outcome": "Refus"}""".formatted(today.minusYears(1))));
        ok(api.post("/api/cases/" + caseId + "/letters", """
                {"addressee": "Amazon Digital France SAS", "sentOn": "%s", "method": "REGISTERED_WITH_ACKNOWLEDGEMENT",
                 "trackingNumber": "1A 123 456 7890 1"}""".formatted(
                        today.plusDays(15).minusYears(1))));
        ok(api.post("/api/cases/" + caseId + "/letters/1/delivery", """
                {"deliveredOn": "%s"}""".formatted(
                        today.plusDays(17).minusYears(1))));
        ok(api.post("/api/cases/" + caseId + "/response-deadline-expiry", null, null));
        ok(api.upload(
                "/api/cases/" + caseId + "/evidence",
                "echange.txt",
                "Chat du service client : refus.".getBytes(StandardCharsets.UTF_8),
                "Échange avec le service client"));
        return caseId;
    }

    private static void exportsAnswer(ApiClient api, String caseId) {
        assertThat(api.awaitHistory(caseId, 7))
                .as("filing, 3 steps, the silence, the document, the reminder")
                .hasSize(7);
        assertThat(ok(api.get("/api/cases/" + caseId + "/export.json")).getBody())
                .contains(caseId);
        assertThat(ok(api.get("/api/cases/" + caseId + "/export.csv")).getBody())
                .contains("1A 123 456 7890 1", "Délai de réponse expiré le ");
        for (var pdf : new String[] {"export.pdf", "formal-letter.pdf"}) {
            var body = api.download("/api/cases/" + caseId + "/" + pdf);
            assertThat(body.getStatusCode()).as(pdf).isEqualTo(HttpStatus.OK);
            assertThat(new String(body.getBody(), 0, 5, StandardCharsets.ISO_8859_1))
                    .as(pdf)
                    .isEqualTo("%PDF-");
        }
        var bundle = api.download("/api/cases/" + caseId + "/evidence-bundle.zip");
        assertThat(bundle.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(bundle.getBody(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }

    private static <T> ResponseEntity<T> ok(ResponseEntity<T> response) {
        assertThat(response.getStatusCode())
                .as(String.valueOf(response.getBody()))
                .isIn(HttpStatus.OK, HttpStatus.CREATED);
        return response;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(250);
        }
    }
}
