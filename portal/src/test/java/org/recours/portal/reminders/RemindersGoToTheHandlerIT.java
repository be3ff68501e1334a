package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.reminders.ReminderCase.await;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.testing.time.MovableClock;
import org.springframework.http.HttpStatus;

/** A case handed on: its reminders go to its new handler, not to the staff member who filed it. */
class RemindersGoToTheHandlerIT {

    private static final String LEA_EMAIL = "lea.morel@asso-conso.example";

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
    private final SmtpServer smtp = new SmtpServer();
    private final OwnDatabase database = new OwnDatabase();
    private RecoursInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        smtp.close();
        database.close();
    }

    @Test
    void theReminderOfACaseHandedToLeaGoesToLea() {
        app = RecoursInstance.start(database, clock, smtp.port());
        ReminderCase.registerStaff(app);
        var lea = app.api.post("/api/admin/staff", """
                {"login": "lea", "fullName": "Léa Morel", "email": "%s", "branch": "paris-11", "role": "STAFF"}""".formatted(LEA_EMAIL));
        assertThat(lea.getStatusCode()).as(lea.getBody()).isEqualTo(HttpStatus.CREATED);
        var file = ReminderCase.file(app, false);
        app.api.caseAtVersion(file.caseId, 0);
        var handedOn = app.api.post("/api/cases/" + file.caseId + "/handler", "{\"handler\": \"lea\"}");
        assertThat(handedOn.getStatusCode()).as(handedOn.getBody()).isEqualTo(HttpStatus.OK);
        file.letterSent(LocalDate.of(2031, 1, 8)).letterDelivered(LocalDate.of(2031, 1, 10));

        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await("the reminder of 3 March", () -> smtp.received(file.caseId).size() == 1);
        assertThat(smtp.received(file.caseId))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(LEA_EMAIL));
    }
}
