package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.reminders.ReminderCase.await;
import static org.recours.portal.reminders.ReminderCase.letPollsRun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.query.reminders.ReminderOutbox;
import org.recours.testing.time.MovableClock;

/**
 * The SMTP server answers, but refuses every message with a temporary error (451) for a while: the reminders wait in
 * the outbox with the error, are retried, and go out once each when the server accepts them again. (The server
 * being down altogether is {@link ResponseDeadlineRemindersIT}'s outage.)
 */
class SmtpAnswersErrorsIT {

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
    private final OwnDatabase database = new OwnDatabase();
    private RecoursInstance app;
    private RefusingSmtpServer refusing;
    private SmtpServer smtp;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (refusing != null) {
            refusing.close();
        }
        if (smtp != null) {
            smtp.close();
        }
        database.close();
    }

    @Test
    void remindersRefusedWith451WaitAndGoOutOnceWhenTheServerAcceptsThemAgain() throws Exception {
        refusing = new RefusingSmtpServer();
        app = RecoursInstance.start(database, clock, refusing.port());
        ReminderCase.registerStaff(app);
        var file = ReminderCase.file(app, true)
                .letterSent(LocalDate.of(2031, 1, 8))
                .letterDelivered(LocalDate.of(2031, 1, 10));

        clock.moveTo(LocalDate.of(2031, 3, 3), LocalTime.of(8, 0, 1));
        await(
                "two refused attempts of each reminder, with the server's answer kept",
                () -> outboxOf(file).stream()
                                .filter(entry -> entry.attempts() >= 2
                                        && entry.lastError() != null
                                        && entry.lastError().contains("451"))
                                .count()
                        == 2);
        int refusals = refusing.refusals.get();
        assertThat(outboxOf(file))
                .allSatisfy(entry -> assertThat(entry.sentAt()).isNull());

        smtp = new SmtpServer();
        refusing.relayTo(smtp.port()); // the same address now reaches a server that accepts
        await(
                "the reminder once the server accepts it",
                () -> smtp.received(file.caseId).size() == 2);
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
                "[faults] SMTP answering 451: %d messages refused; emails expected 2 / delivered %d / "
                        + "duplicated %d; ReminderDue events %d%n",
                refusals,
                distinct,
                received.size() - distinct,
                file.events("ReminderDue").size());
        assertThat(refusals).isGreaterThanOrEqualTo(4);
        assertThat(received).hasSize(2);
        assertThat(distinct).isEqualTo(2);
        assertThat(outboxOf(file))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.sentAt()).isNotNull());
        assertThat(file.events("ReminderDue")).hasSize(1);
    }

    private java.util.List<org.recours.query.reminders.OutboxEntry> outboxOf(ReminderCase file) {
        return app.bean(ReminderOutbox.class).ofCase(file.caseId);
    }

    /**
     * Speaks just enough SMTP to refuse every message with "451 try again later"; once told to, relays each new
     * connection to a real server instead (no port is rebound: one just left may not be free yet).
     */
    static final class RefusingSmtpServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger refusals = new AtomicInteger();
        private volatile int relayPort;

        void relayTo(int port) {
            relayPort = port;
        }

        RefusingSmtpServer() throws IOException {
            var acceptor = new Thread(this::accept, "refusing-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    var client = server.accept();
                    if (relayPort > 0) {
                        relay(client, new Socket(InetAddress.getLoopbackAddress(), relayPort));
                    } else {
                        try (client) {
                            converse(client);
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            }
        }

        private static void relay(Socket client, Socket upstream) {
            for (var pair : new Socket[][] {{client, upstream}, {upstream, client}}) {
                var pump = new Thread(
                        () -> {
                            try (var in = pair[0].getInputStream();
                                    var out = pair[1].getOutputStream()) {
                                in.transferTo(out);
                            } catch (IOException e) {
                                // one side closed
                            } finally {
                                try {
                                    pair[0].close();
                                    pair[1].close();
                                } catch (IOException ignored) {
                                    // already closed
                                }
                            }
                        },
                        "smtp-relay");
                pump.setDaemon(true);
                pump.start();
            }
        }

        private void converse(Socket client) throws IOException {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            say(out, "220 refusing.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 refusing.example");
                    case "MAIL" -> {
                        refusals.incrementAndGet();
                        say(out, "451 4.3.0 Temporary failure, try again later");
                    }
                    case "RSET", "NOOP" -> say(out, "250 OK");
                    case "QUIT" -> {
                        say(out, "221 Bye");
                        return;
                    }
                    default -> say(out, "503 5.5.1 Bad sequence of commands");
                }
            }
        }

        private static void say(OutputStream out, String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
