package org.recours.command.casefile;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.deadline.DeadlineManager;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.law.ReminderPolicy;

/**
 * Schedules and cancels a case's deadlines, in the case's scope, on the day the policy says and at its time of day in
 * the clock's zone (Paris). Scheduling happens in the transaction that records the step.
 */
final class CaseDeadlines {

    private final DeadlineManager manager;
    private final ReminderPolicy policy;
    private final Clock clock;

    CaseDeadlines(DeadlineManager manager, ReminderPolicy policy, Clock clock) {
        this.manager = manager;
        this.policy = policy;
        this.clock = clock;
    }

    ReminderPolicy policy() {
        return policy;
    }

    /** The day the step being recorded is entered, in the association's time zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A deadline whose day is already past when its step is recorded (a step entered late) is not scheduled: staff
     * see the case's dates as they enter it, and a past expiry is theirs to confirm (ADR 13). A warning whose day is
     * off (weekend, public holiday) is sent the working day before, or today if that day is already past (ADR 16).
     */
    void schedule(DeadlineFamily family, ReminderKind kind, LocalDate deadlineOn, LocalDate remindOn) {
        if (remindOn.isBefore(today())) {
            return;
        }
        var sendOn = policy.sendOn(remindOn, kind.warnsAhead());
        if (sendOn.isBefore(today())) {
            sendOn = today();
        }
        var firesAt = sendOn.atTime(policy.timeOfDay()).atZone(clock.getZone()).toInstant();
        manager.schedule(firesAt, family.storedName(), new CaseDeadline(kind, deadlineOn, sendOn));
    }

    void cancel(DeadlineFamily... families) {
        for (var family : families) {
            manager.cancelAllWithinScope(family.storedName());
        }
    }

    /** The case is closed: none of its reminders is due any more. */
    void cancelAll() {
        cancel(DeadlineFamily.values());
    }
}
