package org.recours.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchPublicHolidaysTest {

    private final FrenchPublicHolidays calendar = new FrenchPublicHolidays();

    @Test
    void allSaintsDayWeekendsAndMovableFeastsAreDaysOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 11, 1)))
                .as("Toussaint, a Wednesday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 15)))
                .as("a Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 16)))
                .as("a Sunday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 14)))
                .as("Easter Monday 2031")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 5, 22)))
                .as("Ascension 2031")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 7, 14)))
                .as("14 juillet")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 10, 31)))
                .as("the Tuesday before")
                .isTrue();
    }

    @Test
    void aDayOffGivesWayToTheLastWorkingDayBeforeIt() {
        assertThat(calendar.onOrBefore(LocalDate.of(2028, 11, 1))).isEqualTo(LocalDate.of(2028, 10, 31));
        assertThat(calendar.onOrBefore(LocalDate.of(2031, 3, 15))).isEqualTo(LocalDate.of(2031, 3, 14));
        assertThat(calendar.onOrBefore(LocalDate.of(2031, 11, 2)))
                .as("Sunday after Toussaint on a Saturday")
                .isEqualTo(LocalDate.of(2031, 10, 31));
        assertThat(calendar.onOrBefore(LocalDate.of(2031, 3, 14))).isEqualTo(LocalDate.of(2031, 3, 14));
    }
}
