package org.recours.kernel.law;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When reminders fall due, as pure functions of the legal dates. The numbers are the association's practice, not
 * the law: settings, with these defaults.
 *
 * @param supportFollowUpDays       days after a support contact with no further step before staff are told to send
 *                                  the formal letter
 * @param responseWarningDays       days before the end of the company's response window for a reminder
 * @param mediationLimitWarningDays days before the last day to seize the mediator (L612-2) for reminders
 * @param timeOfDay                 the time, in the association's time zone, at which a deadline fires on its day
 */
public record ReminderPolicy(int supportFollowUpDays, int responseWarningDays, List<Integer> mediationLimitWarningDays,
                             LocalTime timeOfDay) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(15, 7, List.of(60, 15), LocalTime.of(8, 0));

    public ReminderPolicy {
        if (supportFollowUpDays < 1 || responseWarningDays < 1) {
            throw new IllegalArgumentException("reminders fall at least one day after or before their step");
        }
        mediationLimitWarningDays = List.copyOf(mediationLimitWarningDays);
        if (mediationLimitWarningDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("mediation limit warnings come at least one day before the limit");
        }
        timeOfDay = timeOfDay == null ? LocalTime.of(8, 0) : timeOfDay;
    }

    public LocalDate supportFollowUpOn(LocalDate contactedOn) {
        return contactedOn.plusDays(supportFollowUpDays);
    }

    public LocalDate responseWarningOn(LocalDate responseDueOn) {
        return responseDueOn.minusDays(responseWarningDays);
    }

    public List<LocalDate> mediationLimitWarningsOn(LocalDate mediationAdmissibleUntil) {
        return mediationLimitWarningDays.stream().map(mediationAdmissibleUntil::minusDays).toList();
    }

    /** The mediator's 90 days have passed once the day after the due day begins. */
    public LocalDate mediatorOverdueOn(LocalDate conclusionDueOn) {
        return conclusionDueOn.plusDays(1);
    }
}
