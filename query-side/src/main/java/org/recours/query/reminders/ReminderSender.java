package org.recours.query.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due emails over SMTP: claims a batch by leasing it (its rows are not due again before
 * {@code lease} ends, so another instance skips them), then sends each and marks it sent or failed at once. A failure
 * is retried later, the wait doubling from {@code firstRetry} up to {@code maxRetry}; the row keeps the last error.
 * If the process dies, what it had leased and not sent goes out when the lease ends; an email is sent twice only if
 * the process dies between the SMTP server's acceptance and that email's mark — one email per crash at most — and
 * its {@code X-Recours-Reminder} header lets a mail system deduplicate it.
 */
public class ReminderSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    /** Settings of the sender: {@code from} address, polling, backoff, batch size and how long a claim holds. */
    public record Settings(
            String from,
            Duration pollInterval,
            Duration firstRetry,
            Duration maxRetry,
            int batchSize,
            Duration lease) {}

    private final ReminderOutbox outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final Settings settings;
    private ScheduledExecutorService loop;

    public ReminderSender(
            ReminderOutbox outbox, JavaMailSender mail, TransactionTemplate transactions, Settings settings) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** Sends one batch of due emails; answers how many were claimed. */
    public int sendDue() {
        List<ReminderOutbox.Claimed> batch =
                transactions.execute(status -> outbox.claimDue(settings.batchSize(), settings.lease()));
        if (batch == null || batch.isEmpty()) {
            return 0;
        }
        // composed before connecting: an email whose address Jakarta Mail cannot parse never will be sent, so it is
        // marked failed with the reason, once, instead of being retried forever
        var composed = new java.util.LinkedHashMap<ReminderOutbox.Claimed, MimeMessage>();
        for (var row : batch) {
            try {
                composed.put(row, message(row));
            } catch (MessagingException | RuntimeException e) {
                var reason = "Message impossible à composer : " + EmailAddresses.masked(reason(e));
                if (unparseableAddress(e)) {
                    LOG.warn(
                            "reminder {} of case {} to the {} can never be sent: {}",
                            row.reminderKey(),
                            row.caseId(),
                            row.audience().toLowerCase(),
                            reason);
                    outbox.markUndeliverable(row.id(), "Adresse illisible : " + reason);
                } else {
                    outbox.markFailed(row.id(), reason, retryAfter(row));
                }
            }
        }
        if (composed.isEmpty()) {
            return batch.size();
        }
        SmtpConnection connection;
        try {
            connection = SmtpConnection.open(mail);
        } catch (MessagingException | MailException e) {
            composed.keySet().forEach(row -> failed(row, e));
            return batch.size();
        }
        try (connection) {
            composed.forEach((row, message) -> send(row, message, connection));
        }
        return batch.size();
    }

    /** Each email is marked sent right after the server took it: a crash in between repeats that one email only. */
    private void send(ReminderOutbox.Claimed row, MimeMessage message, SmtpConnection connection) {
        try {
            connection.send(message);
        } catch (MessagingException | RuntimeException error) {
            // a connection lost in the middle of the batch answers IllegalStateException ("Not connected")
            failed(row, error);
            return;
        }
        outbox.markSent(row.id());
    }

    private void failed(ReminderOutbox.Claimed row, Exception error) {
        var reason = EmailAddresses.masked(reason(error));
        LOG.warn(
                "reminder {} of case {} to the {} not sent (attempt {}): {}",
                row.reminderKey(),
                row.caseId(),
                row.audience().toLowerCase(),
                row.attempts() + 1,
                reason);
        outbox.markFailed(row.id(), error.getClass().getSimpleName() + ": " + reason, retryAfter(row));
    }

    /** Jakarta Mail keeps the SMTP server's answer ("550 … User unknown") in a chain of its own, under "Invalid Addresses". */
    private static String reason(Exception error) {
        var reasons = new LinkedHashSet<String>();
        for (Throwable cause = error; cause != null && reasons.size() < 5; cause = next(cause)) {
            if (cause.getMessage() != null) {
                reasons.add(cause.getMessage().strip());
            }
        }
        return String.join(" ; ", reasons);
    }

    private static boolean unparseableAddress(Exception error) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof jakarta.mail.internet.AddressException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException()
                : cause.getCause();
    }

    private MimeMessage message(ReminderOutbox.Claimed row) throws MessagingException {
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.textBody(), row.htmlBody());
        message.setSentDate(new java.util.Date());
        message.setHeader("X-Recours-Reminder", row.caseId() + "/" + row.reminderKey() + "/" + row.audience());
        return message;
    }

    private Duration retryAfter(ReminderOutbox.Claimed row) {
        var wait = settings.firstRetry().multipliedBy(1L << Math.min(row.attempts(), 20));
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    private void poll() {
        try {
            while (sendDue() == settings.batchSize()) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.warn("reminder outbox not polled: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        loop = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "reminder-sender");
            thread.setDaemon(true);
            return thread;
        });
        var every = settings.pollInterval().toMillis();
        loop.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.shutdown();
            try {
                loop.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }
}
