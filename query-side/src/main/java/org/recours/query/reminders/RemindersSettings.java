package org.recours.query.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.reminders.*}: the reminder emails and their outbox (ADR 3).
 *
 * @param from              sender of reminder emails
 * @param caseUrl           link to the case in a reminder ({@code {caseId}} replaced)
 * @param fallbackRecipient where a reminder goes when the staff member has no email (empty: nowhere)
 * @param pollInterval      how often the outbox is sent
 * @param firstRetry        first wait while SMTP is down or refuses, doubled at each failure
 * @param maxRetry          longest such wait
 * @param batchSize         mails claimed at a time (each then sent and marked sent on its own)
 * @param lease             how long claimed mails stay out of other senders' reach; after a crash they go out when
 *                          it ends
 */
@ConfigurationProperties("recours.reminders")
public record RemindersSettings(
        @DefaultValue("Recours <rappels@recours.invalid>") String from,

        @DefaultValue("http://localhost:8080/cases/{caseId}")
        String caseUrl,

        @DefaultValue("") String fallbackRecipient,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("30m") Duration maxRetry,
        @DefaultValue("50") int batchSize,
        @DefaultValue("2m") Duration lease) {

    ReminderSender.Settings sender() {
        return new ReminderSender.Settings(from, pollInterval, firstRetry, maxRetry, batchSize, lease);
    }
}
