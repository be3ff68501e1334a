package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseId;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.query.reminders.ReminderSender;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An address Jakarta Mail cannot parse makes an email that can never be sent: it is marked failed with the reason
 * at its first attempt and never claimed again, while the others wait for the SMTP server as before.
 */
@SpringBootTest
@UsesOwnPostgres
class UnparseableAddressIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEmailWhoseAddressCannotBeParsedIsMarkedFailedWithTheReasonNotRetriedForever() {
        var outbox = new ReminderOutbox(jdbc, Clock.systemUTC());
        var caseId = CaseId.parse("RC-7K2M-9QXE");
        for (var recipient : new String[] {"Camille <camille@exemple.org", "a\"b@c.org"}) {
            outbox.queue(new ReminderMail(
                    caseId,
                    "bad-" + recipient.hashCode(),
                    ReminderMail.Audience.CONSUMER,
                    recipient,
                    "Rappel",
                    "Texte",
                    "<p>Texte</p>"));
        }
        outbox.queue(new ReminderMail(
                caseId,
                "good",
                ReminderMail.Audience.STAFF,
                "ines@asso-conso.example",
                "Rappel",
                "Texte",
                "<p>Texte</p>"));
        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(9); // discard: nobody answers SMTP there
        var sender = new ReminderSender(
                outbox,
                unreachable,
                new TransactionTemplate(transactions),
                new ReminderSender.Settings(
                        "Recours <rappels@recours.invalid>",
                        Duration.ofHours(1),
                        Duration.ZERO,
                        Duration.ZERO,
                        50,
                        Duration.ZERO));

        assertThat(sender.sendDue()).isEqualTo(3);
        jdbc.update("UPDATE reminder_outbox SET next_attempt_at = now() - interval '1 minute'");
        assertThat(sender.sendDue()).as("only the good one is tried again").isEqualTo(1);
        jdbc.update("UPDATE reminder_outbox SET next_attempt_at = now() - interval '1 minute'");
        assertThat(sender.sendDue()).isEqualTo(1);

        var rows = jdbc.queryForList("SELECT reminder_key, status, attempts, last_error FROM reminder_outbox "
                + "WHERE case_id = 'RC-7K2M-9QXE' ORDER BY reminder_key");
        assertThat(rows).hasSize(3);
        for (var row : rows) {
            if (row.get("reminder_key").equals("good")) {
                assertThat(row.get("status")).isEqualTo("PENDING");
                assertThat(row.get("attempts")).isEqualTo(3);
            } else {
                assertThat(row.get("status")).as(row.toString()).isEqualTo("FAILED");
                assertThat(row.get("attempts")).as(row.toString()).isEqualTo(1);
                assertThat((String) row.get("last_error"))
                        .contains("Adresse illisible")
                        .doesNotContain("camille@");
            }
        }
    }
}
