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
 * @param postalGraceDays           the system records the company's silence by itself only for a response window
 *                                  that ends at least this many days after the step that fixed it was recorded
 *                                  (time for the acknowledgement of receipt, or an answer sent by post on the last
 *                                  day, to reach the association); otherwise staff confirm it (ADR 13)
 * @param proposalWarningDays       days before the last day to accept the mediator's proposal (R612-4) for a reminder
 *                                  while an answer is missing
 * @param workingDays               the calendar that moves a warning falling on a day off to the working day before
 *                                  (the French public holidays in the application; ADR 16)
 */
public record ReminderPolicy(
        int supportFollowUpDays,
        int responseWarningDays,
        List<Integer> mediationLimitWarningDays,
        LocalTime timeOfDay,
        int postalGraceDays,
        int proposalWarningDays,
        WorkingDays workingDays) {

    public static final int DEFAULT_POSTAL_GRACE_DAYS = 7;
    public static final int DEFAULT_PROPOSAL_WARNING_DAYS = 3;
    public static final ReminderPolicy DEFAULT =
            new ReminderPolicy(15, 7, List.of(60, 15), LocalTime.of(8, 0), DEFAULT_POSTAL_GRACE_DAYS);

    public ReminderPolicy(
            int supportFollowUpDays,
            int responseWarningDays,
            List<Integer> mediationLimitWarningDays,
            LocalTime timeOfDay) {
        this(supportFollowUpDays, responseWarningDays, mediationLimitWarningDays, timeOfDay, DEFAULT_POSTAL_GRACE_DAYS);
    }

    /** A policy where every day is a working day (no warning moves); the application passes its calendar. */
    public ReminderPolicy(
            int supportFollowUpDays,
            int responseWarningDays,
            List<Integer> mediationLimitWarningDays,
            LocalTime timeOfDay,
            int postalGraceDays) {
        this(
                supportFollowUpDays,
                responseWarningDays,
                mediationLimitWarningDays,
                timeOfDay,
                postalGraceDays,
                DEFAULT_PROPOSAL_WARNING_DAYS,
                WorkingDays.EVERY_DAY);
    }

    public ReminderPolicy(
            int supportFollowUpDays,
            int responseWarningDays,
            List<Integer> mediationLimitWarningDays,
            LocalTime timeOfDay,
            int postalGraceDays,
            WorkingDays workingDays) {
        this(
                supportFollowUpDays,
                responseWarningDays,
                mediationLimitWarningDays,
                timeOfDay,
                postalGraceDays,
                DEFAULT_PROPOSAL_WARNING_DAYS,
                workingDays);
    }

    public ReminderPolicy withWorkingDays(WorkingDays calendar) {
        return new ReminderPolicy(
                supportFollowUpDays,
                responseWarningDays,
                mediationLimitWarningDays,
                timeOfDay,
                postalGraceDays,
                proposalWarningDays,
                calendar);
    }

    /**
     * The day a reminder is sent: a warning ahead of a limit that would fall on a day off goes out the working day
     * before; a reminder that a limit has passed stays on the day after the limit, whatever day that is (sent
     * earlier it would state something not yet true). The limit itself never moves.
     */
    public LocalDate sendOn(LocalDate remindOn, boolean warnsAhead) {
        return warnsAhead ? workingDays.onOrBefore(remindOn) : remindOn;
    }

    public ReminderPolicy {
        if (supportFollowUpDays < 1 || responseWarningDays < 1) {
            throw new IllegalArgumentException("reminders fall at least one day after or before their step");
        }
        mediationLimitWarningDays = List.copyOf(mediationLimitWarningDays);
        if (mediationLimitWarningDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("mediation limit warnings come at least one day before the limit");
        }
        timeOfDay = timeOfDay == null ? LocalTime.of(8, 0) : timeOfDay;
        workingDays = workingDays == null ? WorkingDays.EVERY_DAY : workingDays;
        if (proposalWarningDays < 1) {
            throw new IllegalArgumentException("the proposal's reminder comes at least one day before its last day");
        }
        if (postalGraceDays < 0) {
            throw new IllegalArgumentException("the postal grace period cannot be negative: " + postalGraceDays);
        }
    }

    /**
     * Whether the system may record by itself the company's silence on a window whose last day is
     * {@code responseDueOn}, the step fixing it being recorded {@code recordedOn}: only when the window still had the
     * grace period to run. Otherwise the silence, past or about to be, is staff's to confirm.
     */
    public boolean silenceRecordedBySystem(LocalDate responseDueOn, LocalDate recordedOn) {
        return !responseDueOn.isBefore(recordedOn.plusDays(postalGraceDays));
    }

    /** The company's silence is recorded the day after its window's last day. */
    public LocalDate responseExpiryOn(LocalDate responseDueOn) {
        return LegalDeadlines.dayAfter(responseDueOn);
    }

    public LocalDate supportFollowUpOn(LocalDate contactedOn) {
        return contactedOn.plusDays(supportFollowUpDays);
    }

    public LocalDate responseWarningOn(LocalDate responseDueOn) {
        return responseDueOn.minusDays(responseWarningDays);
    }

    public List<LocalDate> mediationLimitWarningsOn(LocalDate mediationAdmissibleUntil) {
        return mediationLimitWarningDays.stream()
                .map(mediationAdmissibleUntil::minusDays)
                .toList();
    }

    /** The reminder before the last day to accept the mediator's proposal (R612-4). */
    public LocalDate proposalWarningOn(LocalDate acceptBy) {
        return acceptBy.minusDays(proposalWarningDays);
    }

    /** The mediator's 90 days have passed once the day after the due day begins. */
    public LocalDate mediatorOverdueOn(LocalDate conclusionDueOn) {
        return LegalDeadlines.dayAfter(conclusionDueOn);
    }
}
