package org.recours.testing.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock of a test, in Paris, that the test moves: either stopped at a moment until the test moves it (an
 * aggregate's "today", moved the way Axon's fixture moves its deadline manager's time), or flowing in real time from
 * a moment the test chooses, so that retries and polling go on as usual while a test jumps weeks ahead without
 * sleeping (the application's clock in the ITs).
 */
public class MovableClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final boolean flowing;
    private volatile Instant moment;
    private volatile Instant movedAt;

    /** A clock flowing from {@code time} on {@code day} in Paris. */
    public MovableClock(LocalDate day, LocalTime time) {
        this(at(day, time), true);
    }

    protected MovableClock(Instant now, boolean flowing) {
        this.flowing = flowing;
        moveTo(now);
    }

    /** A clock that stays at {@code now} until the test moves it. */
    public static MovableClock stoppedAt(Instant now) {
        return new MovableClock(now, false);
    }

    /** A clock flowing in real time from {@code now}. */
    public static MovableClock flowingFrom(Instant now) {
        return new MovableClock(now, true);
    }

    public static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(PARIS).toInstant();
    }

    public void moveTo(LocalDate day, LocalTime time) {
        moveTo(at(day, time));
    }

    public void moveTo(Instant instant) {
        movedAt = Instant.now();
        moment = instant;
    }

    /** The same as {@link #moveTo(Instant)}. */
    public void setTo(Instant instant) {
        moveTo(instant);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the clock of the tests stays in Paris");
    }

    @Override
    public Instant instant() {
        return flowing ? moment.plus(Duration.between(movedAt, Instant.now())) : moment;
    }
}
