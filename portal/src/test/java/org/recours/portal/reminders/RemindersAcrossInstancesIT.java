package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recours.portal.reminders.ReminderCase.await;
import static org.recours.portal.reminders.ReminderCase.letPollsRun;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.query.casefile.CaseFileProjection;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.query.reminders.WhenDeadlineFallsDueThenEmail;
import org.recours.testing.time.MovableClock;

/** Deadlines and emails survive a restart, are sent once by two instances, and a replay sends nothing. */
class RemindersAcrossInstancesIT {

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
    private final SmtpServer smtp = new SmtpServer();
    private final OwnDatabase database = new OwnDatabase();
    private final List<RecoursInstance> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(RecoursInstance::close);
        smtp.close();
        database.close();
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        var before = start();
        var file = ReminderCase.file(before, false)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));
        assertThat(before.deadlineManager()).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(file.scheduledDeadlines()).as("kept in PostgreSQL").isEqualTo(4);
        before.close();
        running.remove(before);

        var after = start();
        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        var restarted = file.on(after);
        await(
                "the reminder after the restart",
                () -> restarted.events("ReminderDue").size() == 1);
        await("its email", () -> smtp.received(file.caseId).size() == 1);
        clock.moveTo(LocalDate.of(2031, 3, 11), LocalTime.of(8, 0, 1));
        await(
                "the expiry after the restart",
                () -> restarted.events("ResponseDeadlineExpired").size() == 1);
        await("both emails", () -> smtp.received(file.caseId).size() == 2);
        assertThat(restarted.events("ReminderDue")).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() {
        var first = start();
        var second = start();
        var files = Stream.iterate(0, n -> n + 1)
                .limit(12)
                .map(n -> ReminderCase.file(n % 2 == 0 ? first : second, true)
                        .letterSent(LocalDate.of(2031, 1, 8))
                        .letterDelivered(LocalDate.of(2031, 1, 10)))
                .toList();

        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await(
                "every email of 3 March",
                () -> files.stream()
                                .mapToInt(file -> smtp.received(file.caseId).size())
                                .sum()
                        == 24);
        clock.moveTo(LocalDate.of(2031, 3, 11), LocalTime.of(8, 0, 1));
        // two reminders (3 March, and the expiry on 11 March) to two people (staff and consumer) for each case
        await(
                "every email",
                () -> files.stream()
                                .mapToInt(file -> smtp.received(file.caseId).size())
                                .sum()
                        == 48);
        letPollsRun();
        for (var file : files) {
            assertThat(smtp.received(file.caseId))
                    .as(file.caseId)
                    .hasSize(4)
                    .extracting(message -> SmtpServer.subject(message) + " to " + recipient(message))
                    .doesNotHaveDuplicates();
            assertThat(file.events("ReminderDue")).hasSize(1);
            assertThat(file.events("ResponseDeadlineExpired")).hasSize(1);
        }
        var picked = first.jdbc.queryForList("SELECT DISTINCT picked_by FROM scheduled_tasks", String.class);
        assertThat(picked).as("nothing left picked").allMatch(name -> name == null);
    }

    @Test
    void aReplayOfTheProjectionsSendsNothingAndTheRemindersCannotBeReplayed() {
        var app = start();
        var file = ReminderCase.file(app, false)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));
        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await("the first reminder sent", () -> smtp.received(file.caseId).size() == 1);
        clock.moveTo(LocalDate.of(2031, 3, 11), LocalTime.of(8, 0, 1));
        await("both reminders sent", () -> smtp.received(file.caseId).size() == 2);
        int outboxRows = app.jdbc.queryForObject("SELECT count(*) FROM reminder_outbox", Integer.class);

        var caseFiles = app.eventProcessing()
                .eventProcessor(CaseFileProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        caseFiles.shutDown();
        caseFiles.resetTokens();
        caseFiles.start();
        await(
                "the case files rebuilt",
                () -> !caseFiles.isReplaying()
                        && app.api
                                .get("/api/cases/" + file.caseId)
                                .getStatusCode()
                                .is2xxSuccessful());
        var reminders = app.eventProcessing()
                .eventProcessor(WhenDeadlineFallsDueThenEmail.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        assertThat(reminders.supportsReset()).as("@DisallowReplay").isFalse();
        reminders.shutDown();
        assertThatThrownBy(reminders::resetTokens).isInstanceOf(IllegalStateException.class);
        reminders.start();
        letPollsRun();

        assertThat(smtp.received(file.caseId)).hasSize(2);
        assertThat(app.jdbc.queryForObject("SELECT count(*) FROM reminder_outbox", Integer.class))
                .isEqualTo(outboxRows);
        var again = app.bean(ReminderOutbox.class).ofCase(file.caseId).get(0);
        assertThat(app.bean(ReminderOutbox.class)
                        .queue(new ReminderMail(
                                new org.recours.kernel.casefile.CaseId(file.caseId),
                                again.reminderKey(),
                                ReminderMail.Audience.STAFF,
                                "x@example.org",
                                "s",
                                "t",
                                "h")))
                .as("the same reminder queued again")
                .isFalse();
    }

    private RecoursInstance start() {
        var app = RecoursInstance.start(
                database,
                clock,
                smtp.port(),
                "recours.reminders.fallback-recipient=antenne-paris-11@asso-conso.example");
        running.add(app);
        return app;
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
