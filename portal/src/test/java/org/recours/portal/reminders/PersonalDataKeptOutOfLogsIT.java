package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.reminders.ReminderCase.await;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.recours.testing.time.MovableClock;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/**
 * Logs cannot be erased: a consumer's personal data must never reach them, whatever goes wrong — an SMTP server
 * refusing their address (and quoting it), a step refused, a request the API cannot read — and once erased, the
 * outbox keeps nothing of them either.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataKeptOutOfLogsIT {

    private static final String NAME = "Clémence Vandenbroucke";
    private static final String EMAIL = "clemence.vdb@example.org";
    private static final String PHONE = "+33 6 11 22 33 44";
    private static final String ADDRESS = "17 rue des Glycines, 35000 Rennes";

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
    private final OwnDatabase database = new OwnDatabase();
    private RejectingSmtpServer smtp;
    private RecoursInstance app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.close();
        }
        database.close();
    }

    @Test
    void noPersonalDataOfTheConsumerInTheLogsNorInTheOutboxAfterErasure(CapturedOutput output) throws Exception {
        smtp = new RejectingSmtpServer();
        app = RecoursInstance.start(database, clock, smtp.port());
        ReminderCase.registerStaff(app);
        var filed = app.api.post(
                "/api/cases",
                briefFiling()
                        .by(Consumer.named(NAME)
                                .withEmail(EMAIL)
                                .withPhone(PHONE)
                                .withPostalAddress(ADDRESS)
                                .agreeingToReminders(true))
                        .json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        var caseId = app.api.json(filed).get("caseId").asString();
        var file = ReminderCase.existing(app, caseId)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));

        var refused = app.api.post("/api/cases/" + caseId + "/mediations", """
                {"mediator": "%s", "requestedOn": "2031-01-12", "reference": "%s"}""".formatted(NAME, EMAIL));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
        var unreadable = app.api.post("/api/cases", """
                {"consumer": {"fullName": "%s", "email": "%s", "phone": %s}""".formatted(NAME, EMAIL, PHONE));
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var invalid = app.api.post(
                "/api/cases",
                briefFiling()
                        .by(Consumer.named(NAME)
                                .withEmail(EMAIL)
                                .withPostalAddress(ADDRESS)
                                .agreeingToReminders(true))
                        .about("NO_SUCH_CATEGORY", NAME)
                        .atStake("-1")
                        .json());
        assertThat(invalid.getStatusCode().is4xxClientError())
                .as(invalid.getBody())
                .isTrue();

        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await(
                "both reminders of 3 March refused by the SMTP server, twice",
                () -> app.bean(org.recours.query.reminders.ReminderOutbox.class).ofCase(caseId).stream()
                                .filter(entry -> entry.attempts() >= 2)
                                .count()
                        == 2);
        assertThat(smtp.refusedRecipients()).isGreaterThanOrEqualTo(4);

        var erased = app.api.post("/api/admin/erasures", """
                {"caseId": "%s", "reason": "Demande écrite de la consommatrice"}""".formatted(caseId));
        assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(output.getAll())
                .as("the capture sees the application's log")
                .contains("of case " + caseId + " to the consumer not sent", "[adresse masquée]");
        assertThat(output.getAll())
                .doesNotContain(NAME, "Vandenbroucke", EMAIL, "clemence.vdb", PHONE, "11 22 33 44", "Glycines");
        var outbox = app.jdbc.queryForList("SELECT * FROM reminder_outbox WHERE case_id = ?", caseId);
        assertThat(outbox).as("the staff member's reminder stays").isNotEmpty();
        assertThat(outbox.toString()).doesNotContain("Vandenbroucke", "clemence.vdb", "Glycines");
        assertThat(file.events("PersonalDataErased")).hasSize(1);
    }
}
