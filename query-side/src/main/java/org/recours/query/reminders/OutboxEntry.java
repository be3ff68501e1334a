package org.recours.query.reminders;

import java.time.Instant;

/** A row of the outbox as staff see it: where the email stands, and why it is not sent yet when it is not. */
public record OutboxEntry(
        long id,
        String caseId,
        String reminderKey,
        String audience,
        String recipient,
        String subject,
        String textBody,
        Status status,
        int attempts,
        Instant queuedAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {

    public enum Status {
        /** waiting to be sent: no SMTP server configured yet, or the next attempt after a failure is due later */
        PENDING,
        SENT,
        /** nobody's address is known: set the staff member's email, then the row can be queued again */
        NO_RECIPIENT,
        /** can never be sent as queued (an address Jakarta Mail cannot parse): the reason is in the last error */
        FAILED
    }
}
