package org.recours.query.reminders;

import org.recours.kernel.casefile.CaseId;

/**
 * One reminder email as queued: to whom, about which reminder of which case, rendered in full. {@code recipient} is
 * null when nobody's address is known; the row then stays visible in the outbox and is never sent.
 */
public record ReminderMail(
        CaseId caseId,
        String reminderKey,
        Audience audience,
        String recipient,
        String subject,
        String textBody,
        String htmlBody) {

    public enum Audience {
        STAFF,
        CONSUMER
    }
}
