package org.recours.command.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.recours.command.calendar.FrenchPublicHolidays;
import org.recours.kernel.law.ReminderPolicy;
import org.recours.testing.time.MovableClock;

/** The aggregate fixture of the ComplaintCase tests, whose "today" is a clock the test moves. */
final class ComplaintCaseFixture {

    private ComplaintCaseFixture() {}

    /** The aggregate on {@code clock}, its reminders under the default policy. */
    static FixtureConfiguration<ComplaintCase> on(MovableClock clock) {
        return on(clock, ReminderPolicy.DEFAULT);
    }

    /** The same, its reminders moved off weekends and French public holidays. */
    static FixtureConfiguration<ComplaintCase> onWorkingDays(MovableClock clock) {
        return on(clock, ReminderPolicy.DEFAULT.withWorkingDays(new FrenchPublicHolidays()));
    }

    /** The same under {@code policy}. */
    static FixtureConfiguration<ComplaintCase> on(MovableClock clock, ReminderPolicy policy) {
        FixtureConfiguration<ComplaintCase> fixture = new AggregateTestFixture<>(ComplaintCase.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(policy);
        fixture.givenCurrentTime(clock.instant());
        return fixture;
    }
}
