package org.recours.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.portal.operations.AppInstance;
import org.recours.portal.operations.ScratchDatabase;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The packaged application, killed with SIGKILL in the middle of a burst of commands from several clients, then
 * started again on the same database. Every acknowledged command is in the event store; the case files and the audit
 * trail catch up with the store; every reminder that the stored letters call for is recorded once and emailed once.
 *
 * <p>The reminders fire for real, with the real clock: each case records a letter sent a year ago less 15 days, whose
 * last day to seize the mediator is 15 days away, so that its one mediation-limit reminder (15 days before, at
 * midnight) fires at the next poll of the deadline scheduler, records {@code ReminderDue} and queues two emails (the
 * staff member's, the consumer's), all while the commands go on and the process is killed. (A letter whose response
 * window is already over records no expiry by itself: staff confirm it, ADR 13.)
 *
 * <p>About a minute (two starts of the jar): only with {@code -Pfaults} (docs/performance.md, "Fault tests").
 */
@Tag("slow-fault")
class ProcessKilledIT {

    private static final int CLIENTS = 6;
    private static final String STAFF_EMAIL = "marie.durand@asso-conso.example";
    private static final String[] SETTINGS = {
        "recours.deadlines.polling-interval=200ms",
        "recours.reminders.poll-interval=200ms",
        "recours.reminders.first-retry=500ms",
        "recours.reminders.max-retry=2s",
        "recours.reminders.batch-size=10",
        "recours.reminders.lease=3s",
        "recours.processing.token-claim-interval=200ms",
        "recours.processing.claim-timeout=3s",
        "recours.deadlines.time-of-day=00:00",
        "recours.deadlines.mediation-limit-warning-days=15"
    };

    record Acknowledged(String caseId, long version, String kind) {}

    @TempDir
    Path work;

    @Test
    void afterASigkillDuringABurstEveryAcknowledgedCommandIsStoredProjectedAndEveryReminderSentOnce() throws Exception {
        int smtpPort;
        try (var socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var settings = new ArrayList<>(List.of(SETTINGS));
        settings.add("spring.mail.host=127.0.0.1");
        settings.add("spring.mail.port=" + smtpPort);
        try (var database = ScratchDatabase.create("recours_sigkill")) {
            var jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(database.url(), database.username(), database.password()));
            var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
            var sent = new AtomicInteger();
            int exitStatus;
            long killedAfterMillis;
            try (var first = RecoursJar.start(database, work.resolve("first"), settings.toArray(String[]::new))) {
                org.recours.portal.web.StaffFixtures.branch(first.api, "paris-11");
                assertThat(first.api
                                .put("/api/staff/admin", """
                        {"fullName": "Marie Durand", "email": "%s", "branch": "paris-11"}""".formatted(STAFF_EMAIL))
                                .getStatusCode()
                                .value())
                        .isEqualTo(200);
                var running = new AtomicBoolean(true);
                var pool = Executors.newFixedThreadPool(CLIENTS);
                long started = System.nanoTime();
                for (int client = 0; client < CLIENTS; client++) {
                    pool.submit(() -> burst(first.api, running, acknowledged, sent));
                }
                // kill once the burst is well under way and the first reminders are going out
                AppInstance.await(
                        "commands acknowledged and reminders emailed",
                        Duration.ofSeconds(90),
                        () -> acknowledged.size() >= 150 && smtp.getReceivedMessages().length >= 4);
                Thread.sleep(300);
                exitStatus = first.kill();
                killedAfterMillis = (System.nanoTime() - started) / 1_000_000;
                running.set(false);
                pool.shutdown();
                assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS))
                        .isTrue();
            }
            assertThat(exitStatus).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            int receivedBeforeRestart = smtp.getReceivedMessages().length;

            var picked = jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE picked", String.class);
            try (var second = RecoursJar.start(database, work.resolve("second"), settings.toArray(String[]::new))) {
                // 1. every acknowledged command is in the event store, at the version it was answered, with no gap
                var missing = new ArrayList<Acknowledged>();
                for (var step : acknowledged) {
                    var type = jdbc.queryForList(
                            "SELECT payload_type FROM domain_event_entry "
                                    + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                            String.class,
                            step.caseId(),
                            step.version());
                    if (type.size() != 1 || !type.get(0).endsWith("." + step.kind())) {
                        missing.add(step);
                    }
                }
                var gaps = jdbc.queryForList(
                        "SELECT aggregate_identifier FROM domain_event_entry GROUP BY "
                                + "aggregate_identifier HAVING min(sequence_number) <> 0 OR max(sequence_number) <> count(*) - 1",
                        String.class);
                int commandEvents = jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type "
                                + "NOT LIKE '%.ResponseDeadlineExpired' AND payload_type NOT LIKE '%.ReminderDue'",
                        Integer.class);

                // 2. the projections catch up with the store
                AppInstance.await(
                        "the case files and the audit trail caught up",
                        Duration.ofSeconds(60),
                        () -> projectionsBehind(jdbc).isEmpty());

                // 3. each stored letter's mediation-limit reminder is recorded once and emailed once to each of two
                // people
                var casesWithLetter = new TreeSet<>(jdbc.queryForList(
                        "SELECT aggregate_identifier FROM "
                                + "domain_event_entry WHERE payload_type LIKE '%.LetterSent'",
                        String.class));
                try {
                    AppInstance.await(
                            "the reminder of every stored letter emailed",
                            Duration.ofSeconds(90),
                            () -> distinctReminders(smtp).size() >= 2 * casesWithLetter.size());
                } catch (AssertionError e) {
                    throw new AssertionError(
                            e.getMessage() + "; deadlines being fired at the kill: " + picked
                                    + "; letters " + casesWithLetter.size() + ", reminders "
                                    + jdbc.queryForObject(
                                            "SELECT "
                                                    + "count(*) FROM domain_event_entry WHERE payload_type LIKE '%.ReminderDue'",
                                            Integer.class)
                                    + ", deadlines now "
                                    + jdbc.queryForList(
                                            "SELECT task_instance || ' picked="
                                                    + "' || picked || ' at ' || execution_time FROM scheduled_tasks",
                                            String.class)
                                    + ", outbox "
                                    + jdbc.queryForList(
                                            "SELECT status || ' ' || count(*) FROM reminder_outbox "
                                                    + "GROUP BY status",
                                            String.class)
                                    + ", emails " + distinctReminders(smtp).size(),
                            e);
                }
                Thread.sleep(2000); // a few more polls: nothing more may come
                var expiries = jdbc.queryForList(
                        "SELECT aggregate_identifier FROM domain_event_entry "
                                + "WHERE payload_type LIKE '%.ReminderDue'",
                        String.class);
                var delivered = distinctReminders(smtp);
                int received = smtp.getReceivedMessages().length;
                var outboxRows = jdbc.queryForObject("SELECT count(*) FROM reminder_outbox", Integer.class);
                var unsent = jdbc.queryForObject(
                        "SELECT count(*) FROM reminder_outbox WHERE sent_at IS NULL", Integer.class);

                System.out.printf(
                        "[faults] SIGKILL during a burst (%d clients, killed after %.1f s, exit %d, "
                                + "%d deadline(s) being fired at the kill): "
                                + "commands sent %d / acknowledged %d / found afterwards %d (events of commands in the "
                                + "store: %d, gaps: %d); reminders: %d letters stored, reminders recorded %d; emails "
                                + "expected %d / delivered %d / duplicated %d (received before the restart: %d); "
                                + "outbox rows %d, unsent %d%n",
                        CLIENTS,
                        killedAfterMillis / 1000.0,
                        exitStatus,
                        picked.size(),
                        sent.get(),
                        acknowledged.size(),
                        acknowledged.size() - missing.size(),
                        commandEvents,
                        gaps.size(),
                        casesWithLetter.size(),
                        expiries.size(),
                        2 * casesWithLetter.size(),
                        delivered.size(),
                        received - delivered.size(),
                        receivedBeforeRestart,
                        outboxRows,
                        unsent);

                assertThat(missing)
                        .as("acknowledged commands not in the event store")
                        .isEmpty();
                assertThat(commandEvents)
                        .as("stored: the acknowledged commands, and at most those in flight")
                        .isBetween(acknowledged.size(), sent.get());
                assertThat(gaps).as("cases whose history has a gap").isEmpty();
                assertThat(expiries)
                        .as("one reminder recorded per stored letter, none twice")
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(casesWithLetter);
                assertThat(outboxRows)
                        .as("one outbox row per (case, reminder, person)")
                        .isEqualTo(2 * casesWithLetter.size());
                assertThat(unsent).isZero();
                assertThat(delivered.keySet())
                        .as("every reminder delivered (deduplicated by X-Recours-Reminder)")
                        .hasSize(2 * casesWithLetter.size());
                // Sending is at least once: the email the SMTP server accepted in the instant before the kill, not yet
                // marked sent, goes again after the restart (ADR 0003). One at most.
                assertThat(received - delivered.size())
                        .as("emails received twice")
                        .isLessThanOrEqualTo(1);
                assertThat(second.api
                                .get("/actuator/health/readiness")
                                .getStatusCode()
                                .value())
                        .isEqualTo(200);
            }
        } finally {
            smtp.stop();
        }
    }

    /** One client: files a case, records a letter sent a year ago less 15 days, adds notes; again, until told to stop. */
    private static void burst(
            ApiClient api,
            AtomicBoolean running,
            ConcurrentLinkedQueue<Acknowledged> acknowledged,
            AtomicInteger sent) {
        while (running.get()) {
            try {
                sent.incrementAndGet();
                var filed = api.post(
                        "/api/cases",
                        briefFiling()
                                .by(Consumer.named(CONSUMER_NAME)
                                        .withEmail(CAMILLE.email())
                                        .agreeingToReminders(true))
                                .json());
                if (filed.getStatusCode().value() != 201) {
                    continue;
                }
                var caseId = api.json(filed).get("caseId").asString();
                acknowledged.add(new Acknowledged(caseId, 0, "ComplaintFiled"));
                sent.incrementAndGet();
                var letter = api.post(
                        "/api/cases/" + caseId + "/letters",
                        "\"0\"",
                        PrimeVideoCase.letter(
                                "Amazon Digital France SAS",
                                PrimeVideoCase.today().plusDays(15).minusYears(1)));
                if (letter.getStatusCode().value() != 200) {
                    continue;
                }
                acknowledged.add(
                        new Acknowledged(caseId, api.json(letter).get("version").asLong(), "LetterSent"));
                for (int i = 0; i < 4 && running.get(); i++) {
                    sent.incrementAndGet();
                    var note = api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Note " + i));
                    if (note.getStatusCode().value() == 200) {
                        acknowledged.add(new Acknowledged(
                                caseId, api.json(note).get("version").asLong(), "NoteAdded"));
                    }
                }
            } catch (RuntimeException e) {
                // the process is gone: no answer, nothing acknowledged
                pause();
            }
        }
    }

    /** Cases whose case file or audit trail is not at the store's last event yet. */
    private static List<String> projectionsBehind(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT e.aggregate_identifier FROM
                  (SELECT aggregate_identifier, max(sequence_number) AS last, count(*) AS events
                     FROM domain_event_entry GROUP BY aggregate_identifier) e
                  LEFT JOIN case_file c ON c.case_id = e.aggregate_identifier
                  LEFT JOIN (SELECT case_id, count(*) AS entries FROM audit_entry GROUP BY case_id) a
                         ON a.case_id = e.aggregate_identifier
                 WHERE c.version IS DISTINCT FROM e.last OR a.entries IS DISTINCT FROM e.events""", String.class);
    }

    /** The reminders received, by their X-Recours-Reminder header (case/reminder/audience), with how many times. */
    private static Map<String, Integer> distinctReminders(GreenMail smtp) {
        var byKey = new HashMap<String, Integer>();
        for (var message : smtp.getReceivedMessages()) {
            try {
                var header = message.getHeader("X-Recours-Reminder");
                byKey.merge(header == null ? "none" : header[0], 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return byKey;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
