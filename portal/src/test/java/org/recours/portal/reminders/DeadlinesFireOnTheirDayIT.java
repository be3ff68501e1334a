package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.reminders.ReminderCase.await;
import static org.recours.portal.reminders.ReminderCase.letPollsRun;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.testing.time.MovableClock;

/** Each deadline fires on its day and not before, and the step that makes it moot cancels it. */
class DeadlinesFireOnTheirDayIT {

    private static final LocalTime EVENING_BEFORE = LocalTime.of(23, 59, 30);
    private static final LocalTime EIGHT_AM = LocalTime.of(8, 0, 1);

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 5), LocalTime.of(10, 0));
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
    void supportFollowUpMediationLimitAndMediatorRemindersEachFireOnTheirDay() {
        app = RecoursInstance.start(database, clock, smtp.port());
        ReminderCase.registerStaff(app);
        var file = ReminderCase.file(app, false).supportContacted(LocalDate.of(2031, 1, 5));

        dayBeforeThenDay(file, LocalDate.of(2031, 1, 20), 1, "SUPPORT_FOLLOW_UP");

        file.letterSent(LocalDate.of(2031, 1, 20));
        clock.moveTo(LocalDate.of(2031, 2, 3), LocalTime.NOON);
        file.responseReceived(LocalDate.of(2031, 2, 3));
        // the written complaint of 20 January 2031 may go to the mediator until 20 January 2032
        dayBeforeThenDay(file, LocalDate.of(2031, 11, 21), 2, "MEDIATION_TIME_LIMIT_APPROACHING");
        dayBeforeThenDay(file, LocalDate.of(2032, 1, 5), 3, "MEDIATION_TIME_LIMIT_APPROACHING");

        file.mediationRequested(LocalDate.of(2032, 1, 5));
        // the mediator has until 4 April 2032 (90 days)
        dayBeforeThenDay(file, LocalDate.of(2032, 4, 5), 4, "MEDIATOR_CONCLUSION_OVERDUE");

        assertThat(file.events("ReminderDue")).hasSize(4);
        assertThat(file.events("ResponseDeadlineExpired"))
                .as("the company answered")
                .isEmpty();
        await("one email per reminder", () -> smtp.received(file.caseId).size() == 4);
        assertThat(smtp.received(file.caseId))
                .extracting(SmtpServer::subject)
                .containsExactlyInAnyOrder(
                        "[Recours] " + file.caseId + " — Relance : envoyer la réclamation écrite (20 janvier 2031)",
                        "[Recours] " + file.caseId + " — La médiation sera bientôt irrecevable (20 janvier 2032)",
                        "[Recours] " + file.caseId + " — La médiation sera bientôt irrecevable (20 janvier 2032)",
                        "[Recours] " + file.caseId + " — Le médiateur a dépassé son délai de 90 jours (4 avril 2032)");
        assertThat(file.scheduledDeadlines()).isZero();
    }

    @Test
    void theStepThatEndsATimeLimitCancelsItsDeadlines() {
        clock.moveTo(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
        app = RecoursInstance.start(database, clock, smtp.port());
        var answered = ReminderCase.file(app, false)
                .supportContacted(LocalDate.of(2031, 1, 5))
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));
        var silent = ReminderCase.file(app, false)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));
        assertThat(answered.scheduledDeadlines())
                .as("the letter ended the support follow-up")
                .isEqualTo(4);

        clock.moveTo(LocalDate.of(2031, 2, 1), LocalTime.NOON);
        answered.responseReceived(LocalDate.of(2031, 2, 1));
        assertThat(answered.scheduledDeadlines())
                .as("only the mediation-limit reminders are left")
                .isEqualTo(2);

        clock.moveTo(LocalDate.of(2031, 3, 3), EIGHT_AM);
        await("the silent case's reminder", () -> silent.events("ReminderDue").size() == 1);
        // 10 March is the company's last day, in full: its silence is recorded on the 11th
        clock.moveTo(LocalDate.of(2031, 3, 10), EVENING_BEFORE);
        letPollsRun();
        assertThat(silent.events("ResponseDeadlineExpired"))
                .as("nothing on the last day itself")
                .isEmpty();
        clock.moveTo(LocalDate.of(2031, 3, 11), EIGHT_AM);
        await(
                "the silent case's expiry",
                () -> silent.events("ResponseDeadlineExpired").size() == 1);
        assertThat(silent.events("ResponseDeadlineExpired").get(0))
                .contains("\"responseDueOn\":\"2031-03-10\"", "\"recordedOn\":\"2031-03-11\"");
        letPollsRun();
        assertThat(answered.events("ReminderDue")).isEmpty();
        assertThat(answered.events("ResponseDeadlineExpired")).isEmpty();
        assertThat(silent.events("ReminderDue")).hasSize(1);
    }

    private void dayBeforeThenDay(ReminderCase file, LocalDate day, int remindersThen, String kind) {
        clock.moveTo(day.minusDays(1), EVENING_BEFORE);
        letPollsRun();
        assertThat(file.events("ReminderDue"))
                .as("nothing on the evening before " + day)
                .hasSize(remindersThen - 1);
        clock.moveTo(day, EIGHT_AM);
        await(kind + " on " + day, () -> file.events("ReminderDue").size() == remindersThen);
        assertThat(file.events("ReminderDue").get(remindersThen - 1))
                .contains("\"kind\":\"" + kind + "\"", "\"remindOn\":\"" + day + "\"");
    }
}
