package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.reminders.ReminderCase.await;
import static org.recours.portal.reminders.ReminderCase.letPollsRun;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.testing.time.MovableClock;

/**
 * The "done when": a letter delivered on 10 January 2031 and never answered. With time moved forward, the
 * reminder goes out on 3 March; on 10 March the case records the company's silence and the email about it waits in
 * the outbox while the SMTP server is down, and is delivered once when it is back. Everything once.
 */
class ResponseDeadlineRemindersIT {

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
    void theReminderComesOnThe3rdOfMarchAndTheExpiryOnThe11thOnceEachThroughAnSmtpOutage() throws Exception {
        app = RecoursInstance.start(database, clock, smtp.port());
        assertThat(app.deadlineManager()).isInstanceOf(DbSchedulerDeadlineManager.class);
        ReminderCase.registerStaff(app);
        var file = ReminderCase.file(app, true)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));
        assertThat(file.scheduledDeadlines())
                .as("warning, expiry, two mediation-limit reminders")
                .isEqualTo(4);

        clock.moveTo(LocalDate.of(2031, 3, 2), LocalTime.of(23, 59, 30));
        letPollsRun();
        assertThat(file.events("ReminderDue")).as("nothing the evening before").isEmpty();
        assertThat(smtp.received(file.caseId)).isEmpty();

        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await(
                "the reminder of 3 March to Marie and Camille",
                () -> smtp.received(file.caseId).size() == 2);
        assertThat(file.events("ReminderDue"))
                .singleElement()
                .asString()
                .contains(
                        "\"kind\":\"RESPONSE_DEADLINE_APPROACHING\"",
                        "\"deadlineOn\":\"2031-03-10\"",
                        "\"remindOn\":\"2031-03-03\"");
        assertThat(file.eventMetaData("ReminderDue")).singleElement().asString().contains("\"staffMember\":\"system\"");
        var staffMail = to(ReminderCase.STAFF_EMAIL, file.caseId);
        assertThat(staffMail.getSubject()).contains(file.caseId, "10 mars 2031");
        assertThat(text(staffMail, "text/plain"))
                .contains(
                        "Bonjour Marie Durand",
                        "Échéance : 10 mars 2031",
                        "Prochaine étape : ",
                        "https://recours.example.org/cases/" + file.caseId);
        assertThat(text(staffMail, "text/html"))
                .contains("<a href=\"https://recours.example.org/cases/" + file.caseId + "\">", "10 mars 2031");
        assertThat(text(to(ReminderCase.CONSUMER_EMAIL, file.caseId), "text/plain"))
                .contains("Bonjour " + CONSUMER_NAME, COMPANY_NAME);

        smtp.stop();
        clock.moveTo(LocalDate.of(2031, 3, 11), LocalTime.of(8, 0, 1));
        await(
                "the company's silence recorded",
                () -> file.events("ResponseDeadlineExpired").size() == 1);
        assertThat(file.events("ResponseDeadlineExpired"))
                .singleElement()
                .asString()
                .contains("\"responseDueOn\":\"2031-03-10\"", "\"recordedOn\":\"2031-03-11\"");
        assertThat(file.eventMetaData("ResponseDeadlineExpired"))
                .singleElement()
                .asString()
                .contains("\"staffMember\":\"system\"");
        await(
                "failed attempts visible in the outbox",
                () -> outboxOf(file).stream()
                                .filter(entry -> entry.reminderKey().startsWith("RESPONSE_DEADLINE_EXPIRED"))
                                .filter(entry -> entry.attempts() >= 2 && entry.lastError() != null)
                                .count()
                        == 2);
        var outbox = app.api.get("/api/outbox?caseId=" + file.caseId).getBody();
        assertThat(outbox).contains("\"status\":\"PENDING\"", "\"lastError\":\"", "RESPONSE_DEADLINE_EXPIRED");

        letPollsRun();
        smtp.start();
        await(
                "the expiry email once SMTP is back",
                () -> smtp.received(file.caseId).size() == 4);
        letPollsRun();
        var received = smtp.received(file.caseId);
        var distinct = received.stream()
                .map(message -> {
                    try {
                        return message.getHeader("X-Recours-Reminder")[0];
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct()
                .count();
        System.out.printf(
                "[faults] SMTP down during the expiry: failed attempts %d; emails expected 4 / delivered %d "
                        + "/ duplicated %d%n",
                outboxOf(file).stream()
                        .filter(entry -> entry.reminderKey().startsWith("RESPONSE_DEADLINE_EXPIRED"))
                        .mapToInt(entry -> entry.attempts() - 1)
                        .sum(),
                distinct,
                received.size() - distinct);
        assertThat(smtp.received(file.caseId)).hasSize(4);
        assertThat(smtp.received("Délai de réponse expiré"))
                .filteredOn(message -> SmtpServer.subject(message).contains(file.caseId))
                .hasSize(2);
        assertThat(text(to(ReminderCase.STAFF_EMAIL, file.caseId, "expiré"), "text/plain"))
                .contains("jusqu'au 8 janvier 2032 inclus", "Saisir le médiateur");
        assertThat(outboxOf(file))
                .allSatisfy(entry -> assertThat(entry.sentAt()).isNotNull());
        assertThat(file.events("ReminderDue")).hasSize(1);
        assertThat(file.events("ResponseDeadlineExpired")).hasSize(1);
        assertThat(file.scheduledDeadlines())
                .as("the mediation-limit reminders still to come")
                .isEqualTo(2);
    }

    private java.util.List<org.recours.query.reminders.OutboxEntry> outboxOf(ReminderCase file) {
        return app.bean(ReminderOutbox.class).ofCase(file.caseId);
    }

    private MimeMessage to(String recipient, String caseId) throws Exception {
        return to(recipient, caseId, "");
    }

    private MimeMessage to(String recipient, String caseId, String subjectPart) throws Exception {
        for (var message : smtp.received(caseId)) {
            if (message.getAllRecipients()[0].toString().equals(recipient)
                    && SmtpServer.subject(message).contains(subjectPart)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + recipient + " about " + caseId);
    }

    /** The first part of the given type, however deep in the multipart it is. */
    static String text(MimeMessage message, String type) throws Exception {
        var found = find(message.getContent(), type);
        if (found == null) {
            throw new AssertionError("no " + type + " part");
        }
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                var nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
