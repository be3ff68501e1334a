package org.recours.portal.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.recours.portal.config.AxonConfiguration;

/**
 * The application's clock in tests: real time flowing from a moment the test chooses, so that retries and polling
 * go on as usual while a test jumps weeks ahead without sleeping.
 */
final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    MovableClock(LocalDate day, LocalTime time) {
        moveTo(day, time);
    }

    void moveTo(LocalDate day, LocalTime time) {
        moveTo(day.atTime(time).atZone(AxonConfiguration.PARIS).toInstant());
    }

    void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return AxonConfiguration.PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock stays in Paris");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
