package org.recours.command.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.recours.kernel.law.WorkingDays;

/**
 * Working days in metropolitan France: Monday to Friday except the public holidays (Code du travail, art. L3133-1),
 * as the jollyday library keeps them (Easter Monday, Ascension and Whit Monday computed each year). Alsace-Moselle's
 * extra days (Good Friday, 26 December) are not days off here: a reminder sent a day early there harms nobody.
 */
public final class FrenchPublicHolidays implements WorkingDays {

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

    @Override
    public boolean isWorkingDay(LocalDate day) {
        var dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }
}
