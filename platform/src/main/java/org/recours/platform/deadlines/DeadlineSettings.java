package org.recours.platform.deadlines;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.recours.kernel.law.ReminderPolicy;
import org.recours.kernel.law.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.deadlines.*}: when the legal deadlines' reminders fall, and how the deadline scheduler (db-scheduler,
 * ADR 3) looks for due deadlines (docs/configuration.md).
 *
 * @param supportFollowUpDays       days after a support contact with no further step before the follow-up reminder
 * @param responseWarningDays       days before the end of the company's response window for the warning
 * @param mediationLimitWarningDays days before the one-year mediation limit for the reminders
 * @param timeOfDay                 Paris time at which a deadline day's reminders fall due
 * @param postalGraceDays           the system records the company's silence by itself only when its window ends at
 *                                  least this many days after the step that fixed it was recorded (ADR 13)
 * @param proposalWarningDays       days before the last day to accept a mediator's proposal (ADR 16, 18)
 * @param pollingInterval           how often due deadlines are looked for
 * @param heartbeatInterval         a deadline being fired renews its claim this often; one whose instance died fires
 *                                  again after 4 missed beats
 */
@ConfigurationProperties("recours.deadlines")
public record DeadlineSettings(
        @DefaultValue("15") int supportFollowUpDays,
        @DefaultValue("7") int responseWarningDays,
        @DefaultValue({"60", "15"}) List<Integer> mediationLimitWarningDays,
        @DefaultValue("08:00") LocalTime timeOfDay,
        @DefaultValue("7") int postalGraceDays,
        @DefaultValue("3") int proposalWarningDays,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("5s") Duration heartbeatInterval) {

    public DeadlineSettings {
        mediationLimitWarningDays = List.copyOf(mediationLimitWarningDays);
        if (supportFollowUpDays < 1
                || responseWarningDays < 1
                || proposalWarningDays < 1
                || mediationLimitWarningDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("recours.deadlines: support-follow-up-days, response-warning-days, "
                    + "proposal-warning-days and each of mediation-limit-warning-days must be at least 1");
        }
        if (postalGraceDays < 0) {
            throw new IllegalArgumentException(
                    "recours.deadlines.postal-grace-days cannot be negative: " + postalGraceDays);
        }
        if (pollingInterval.isNegative()
                || pollingInterval.isZero()
                || heartbeatInterval.isNegative()
                || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("recours.deadlines: polling-interval and heartbeat-interval must be "
                    + "positive (given " + pollingInterval + ", " + heartbeatInterval + ")");
        }
    }

    /** The reminders' policy these settings describe, on the given working days. */
    public ReminderPolicy reminderPolicy(WorkingDays workingDays) {
        return new ReminderPolicy(
                supportFollowUpDays,
                responseWarningDays,
                mediationLimitWarningDays,
                timeOfDay,
                postalGraceDays,
                proposalWarningDays,
                workingDays);
    }
}
