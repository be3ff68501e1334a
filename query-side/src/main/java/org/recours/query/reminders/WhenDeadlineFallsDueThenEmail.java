package org.recours.query.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.kernel.staff.StaffDirectory;

/**
 * When a deadline of a case falls due, then email the case's staff member, and the consumer if they agreed to it.
 *
 * <p>It only queues the emails in the outbox, in the transaction that moves its token: the sender sends them. It
 * runs in its own processing group, never replays (a reset of the projections sends nothing again), and queues each
 * (case, reminder, audience) once even when an event is handled twice.
 */
@ProcessingGroup(WhenDeadlineFallsDueThenEmail.PROCESSING_GROUP)
@DisallowReplay
public class WhenDeadlineFallsDueThenEmail {

    public static final String PROCESSING_GROUP = "reminders";

    private final Function<CaseId, Optional<CaseFile>> cases;
    private final StaffDirectory staff;
    private final PersonalDataVault consumers;
    private final ReminderTemplates templates;
    private final ReminderOutbox outbox;
    private final Clock clock;
    private final String fallbackRecipient;

    /** @param fallbackRecipient where staff reminders go when the case's staff member has no address; may be null */
    public WhenDeadlineFallsDueThenEmail(
            Function<CaseId, Optional<CaseFile>> cases,
            StaffDirectory staff,
            PersonalDataVault consumers,
            ReminderTemplates templates,
            ReminderOutbox outbox,
            Clock clock,
            String fallbackRecipient) {
        this.cases = cases;
        this.staff = staff;
        this.consumers = consumers;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.fallbackRecipient = fallbackRecipient == null || fallbackRecipient.isBlank() ? null : fallbackRecipient;
    }

    @EventHandler
    void on(ReminderDue event) {
        queue(event.caseId(), event.reminderKey(), event.kind(), event.deadlineOn(), null);
    }

    @EventHandler
    void on(ResponseDeadlineExpired event) {
        queue(
                event.caseId(),
                ReminderKind.RESPONSE_DEADLINE_EXPIRED + ":" + event.responseDueOn(),
                ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                event.responseDueOn(),
                "Le médiateur peut être saisi jusqu'au " + FrenchDate.of(event.mediationAdmissibleUntil())
                        + " inclus.");
    }

    private void queue(CaseId caseId, String reminderKey, ReminderKind kind, LocalDate deadlineOn, String extra) {
        // The case file may lag behind when a deadline fires right after its step: failing makes the processor retry.
        var file = cases.apply(caseId)
                .orElseThrow(() -> new IllegalStateException("the case file of " + caseId + " is not projected yet"));
        var reminder = new ReminderTemplates.Reminder(caseId, file.company().name(), kind, deadlineOn, extra);
        var today = LocalDate.now(clock);

        var member = staff.find(file.handler());
        var staffAddress = member.map(known -> known.email()).orElse(fallbackRecipient);
        var staffName = member.map(known -> known.fullName()).orElse("l'équipe de l'antenne " + file.branch());
        var staffMail = templates.render(ReminderMail.Audience.STAFF, reminder, staffName, today);
        outbox.queue(new ReminderMail(
                caseId,
                reminderKey,
                ReminderMail.Audience.STAFF,
                staffAddress,
                staffMail.subject(),
                staffMail.text(),
                staffMail.html()));

        consumers
                .find(file.consumer())
                .filter(details -> details.agreedToReminders() && details.email() != null)
                .ifPresent(details -> {
                    var consumerMail =
                            templates.render(ReminderMail.Audience.CONSUMER, reminder, details.fullName(), today);
                    outbox.queue(new ReminderMail(
                            caseId,
                            reminderKey,
                            ReminderMail.Audience.CONSUMER,
                            details.email(),
                            consumerMail.subject(),
                            consumerMail.text(),
                            consumerMail.html()));
                });
    }
}
