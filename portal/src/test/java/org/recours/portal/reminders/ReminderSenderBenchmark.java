package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.query.reminders.ReminderSender;
import org.recours.query.reminders.ReminderTemplates;
import org.recours.testing.time.MovableClock;

/**
 * Not part of the test run (no Test/IT suffix). Prints how many due reminders per second the sender hands to a real
 * SMTP server (GreenMail in this JVM) and how long a fired deadline takes to reach it. Run with:
 * <pre>
 * ./mvnw -B -o -pl portal -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ReminderSenderBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
class ReminderSenderBenchmark {

    private static final int QUEUED = Integer.getInteger("benchmark.reminders", 2000);
    private static final int CASES = Integer.getInteger("benchmark.cases", 20);

    @Test
    void dueRemindersPerSecond() {
        var clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.NOON);
        try (var database = new OwnDatabase();
                var smtp = new SmtpServer();
                var app = RecoursInstance.start(database, clock, smtp.port(), "recours.reminders.poll-interval=1h")) {
            var outbox = app.bean(ReminderOutbox.class);
            var templates = new ReminderTemplates("https://recours.example.org/cases/{caseId}");
            for (int n = 0; n < QUEUED; n++) {
                var caseId = new CaseId(String.format("RC-B%03X-%04X", n / 0x10000, n % 0x10000)
                        .replace('I', '1')
                        .replace('L', '1')
                        .replace('O', '0')
                        .replace('U', 'V'));
                var mail = templates.render(
                        ReminderMail.Audience.STAFF,
                        new ReminderTemplates.Reminder(
                                caseId,
                                COMPANY_NAME,
                                ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                LocalDate.of(2031, 3, 10),
                                null),
                        "Marie Durand",
                        LocalDate.of(2031, 3, 10));
                outbox.queue(new ReminderMail(
                        caseId,
                        "BENCH:" + n,
                        ReminderMail.Audience.STAFF,
                        "marie.durand@asso-conso.example",
                        mail.subject(),
                        mail.text(),
                        mail.html()));
            }
            var sender = app.bean(ReminderSender.class);
            long start = System.nanoTime();
            int sent = 0;
            for (int claimed = sender.sendDue(); claimed > 0; claimed = sender.sendDue()) {
                sent += claimed;
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(smtp.received("RC-B").size()).isEqualTo(QUEUED);
            System.out.printf(
                    "[benchmark] sender: %d due reminders sent over SMTP in %d ms = %.0f reminders/s "
                            + "(batches of 50, one SMTP connection per batch, PostgreSQL outbox)%n",
                    sent, elapsed.toMillis(), sent * 1000.0 / elapsed.toMillis());
        }
    }

    @Test
    void fromFiredDeadlineToSmtpServer() {
        var clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.NOON);
        try (var database = new OwnDatabase();
                var smtp = new SmtpServer();
                var app = RecoursInstance.start(
                        database,
                        clock,
                        smtp.port(),
                        "recours.reminders.fallback-recipient=antenne@asso-conso.example")) {
            var files = new ArrayList<ReminderCase>();
            for (int n = 0; n < CASES; n++) {
                files.add(ReminderCase.file(app, false)
                        .letterSent(LocalDate.of(2031, 1, 8))
                        .letterDelivered(LocalDate.of(2031, 1, 10)));
            }
            long fired = System.nanoTime();
            var firedAt = java.time.Instant.now();
            clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0));
            Map<String, Long> arrivedAfter = new HashMap<>();
            while (arrivedAfter.size() < CASES
                    && System.nanoTime() - fired < Duration.ofSeconds(60).toNanos()) {
                for (var file : files) {
                    if (!arrivedAfter.containsKey(file.caseId)
                            && !smtp.received(file.caseId).isEmpty()) {
                        arrivedAfter.put(file.caseId, (System.nanoTime() - fired) / 1_000_000);
                    }
                }
                ReminderCase.pause(Duration.ofMillis(5));
            }
            List<Long> latencies = arrivedAfter.values().stream().sorted().toList();
            List<Long> recorded = files.stream()
                    .map(file -> app.jdbc.queryForObject(
                            "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND payload_type LIKE '%ReminderDue'",
                            String.class, file.caseId))
                    .map(stamp -> Duration.between(firedAt, java.time.Instant.parse(stamp))
                            .toMillis())
                    .sorted()
                    .toList();
            System.out.printf(
                    "[benchmark] deadline due -> ReminderDue recorded in the event store: median %d ms, "
                            + "max %d ms%n",
                    recorded.get(recorded.size() / 2), recorded.get(recorded.size() - 1));
            assertThat(latencies).hasSize(CASES);
            System.out.printf(
                    "[benchmark] deadline due -> email at the SMTP server, %d cases due at once, polling "
                            + "100 ms (deadlines) + 100 ms (sender): median %d ms, max %d ms%n",
                    CASES, latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
        }
    }
}
