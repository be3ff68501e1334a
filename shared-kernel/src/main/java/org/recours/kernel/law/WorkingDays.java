package org.recours.kernel.law;

import java.time.LocalDate;

/**
 * Which days staff work: a reminder that would fall on a Saturday, a Sunday or a public holiday is sent the working
 * day before, so that nobody learns of a limit after it passed. The legal limits themselves never move
 * (docs/adr/0016-mediation-stage-and-working-day-reminders.md).
 */
@FunctionalInterface
public interface WorkingDays {

    /** Every day counts as a working day: no reminder moves. For tests that are not about the calendar. */
    WorkingDays EVERY_DAY = day -> true;

    boolean isWorkingDay(LocalDate day);

    /** {@code day} itself if it is a working day, else the last working day before it. */
    default LocalDate onOrBefore(LocalDate day) {
        var candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
