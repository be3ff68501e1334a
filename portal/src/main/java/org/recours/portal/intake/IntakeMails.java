package org.recours.portal.intake;

import java.util.Locale;
import org.recours.kernel.casefile.CaseId;
import org.recours.query.AssociationSettings;
import org.recours.query.reminders.ReminderMail;
import org.recours.query.reminders.ReminderOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The emails of the consumer's side, queued in the reminders' outbox (sent, retried and shown like the reminders),
 * in the language the consumer used on the form. Their rows carry the submission's reference, which is the case's
 * if it is accepted; the purge job blanks their text once sent, as it holds the links' secrets.
 */
@Component
class IntakeMails {

    static final String KEY_PREFIX = "intake-";

    private final ReminderOutbox outbox;
    private final MessageSource messages;
    private final IntakeSettings settings;
    private final String association;

    IntakeMails(
            ReminderOutbox outbox,
            MessageSource messages,
            IntakeSettings settings,
            AssociationSettings associationSettings) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.association = associationSettings.name();
    }

    void confirmation(CaseId submission, String email, String language, String token) {
        queue(
                submission,
                "confirmation",
                email,
                language,
                "intake.mail.confirm.subject",
                "intake.mail.confirm.body",
                settings.link("/reclamation/confirmation?jeton=" + token),
                settings.confirmationWindow().toHours());
    }

    void declined(CaseId submission, String email, String language, String reason) {
        queue(
                submission,
                "declined",
                email,
                language,
                "intake.mail.declined.subject",
                "intake.mail.declined.body",
                reason,
                null);
    }

    void followUpLink(CaseId caseId, String email, String language, String token, String tokenHash) {
        queue(
                caseId,
                "follow-up-" + tokenHash.substring(0, 16),
                email,
                language,
                "intake.mail.follow-up.subject",
                "intake.mail.follow-up.body",
                settings.link("/suivi/" + token),
                null);
    }

    private void queue(
            CaseId id,
            String key,
            String email,
            String language,
            String subjectCode,
            String bodyCode,
            String detail,
            Object extra) {
        var locale = Locale.forLanguageTag(language);
        var subject = messages.getMessage(subjectCode, new Object[] {id.value(), association}, locale);
        var text = messages.getMessage(bodyCode, new Object[] {id.value(), association, detail, extra}, locale);
        var html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
        outbox.queue(
                new ReminderMail(id, KEY_PREFIX + key, ReminderMail.Audience.CONSUMER, email, subject, text, html));
    }
}
