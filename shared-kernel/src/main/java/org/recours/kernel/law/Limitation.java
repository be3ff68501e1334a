package org.recours.kernel.law;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The consumer's action against the company is time-barred five years after the day they knew, or should have known,
 * the facts (Code civil, art. 2224). A mediation suspends the period from its seizure to its end; it then runs again
 * for what was left, and never for less than six months (art. 2238); so does a conciliation, from its first meeting. Like every limit here, its last day is included
 * and it is never moved to a working day: reminders are (ADR 16, ADR 19).
 */
public final class Limitation {

    public static final Period PERIOD = Period.ofYears(5);
    public static final Period MINIMUM_AFTER_SUSPENSION = Period.ofMonths(6);
    /** Staff are warned six months, then one month, before the last day. */
    public static final List<Period> WARNINGS = List.of(Period.ofMonths(6), Period.ofMonths(1));

    /**
     * A mediation's suspension: from the notification of its seizure (R612-2, the prudent day: the latest one can
     * argue) to the day it ended, included; {@code until} null while it runs.
     */
    public record Suspension(LocalDate from, LocalDate until) {}

    private Limitation() {}

    /**
     * The last day (included) to bring the action, or null while a suspension runs (the period is frozen; it resumes
     * when the mediation ends). A suspension that begins after the period ended changes nothing. The days left when a
     * suspension begins (from its first day to the last day, the day itself not counted again) run again from the
     * day it ends.
     */
    public static LocalDate endsOn(LocalDate knownOn, List<Suspension> suspensions) {
        var end = knownOn.plus(PERIOD);
        for (var suspension : merged(suspensions)) {
            if (suspension.until() != null && suspension.until().isBefore(knownOn)) {
                continue;
            }
            var from = suspension.from().isBefore(knownOn) ? knownOn : suspension.from();
            if (from.isAfter(end)) {
                continue;
            }
            if (suspension.until() == null) {
                return null;
            }
            var resumed = suspension.until().plusDays(ChronoUnit.DAYS.between(from, end));
            var floor = suspension.until().plus(MINIMUM_AFTER_SUSPENSION);
            end = resumed.isBefore(floor) ? floor : resumed;
        }
        return end;
    }

    /**
     * Suspensions that overlap (a conciliation during a mediation) suspend once, from the first day of either to the
     * last: the days they share are not counted twice.
     */
    static List<Suspension> merged(List<Suspension> suspensions) {
        var merged = new java.util.ArrayList<Suspension>();
        for (var next : suspensions.stream()
                .sorted(Comparator.comparing(Suspension::from))
                .toList()) {
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.until() == null || !next.from().isAfter(last.until()))) {
                var until = last.until() == null || next.until() == null
                        ? null
                        : next.until().isAfter(last.until()) ? next.until() : last.until();
                merged.set(merged.size() - 1, new Suspension(last.from(), until));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** The days staff are warned that the action will soon be time-barred: six months and one month before. */
    public static List<LocalDate> warningsOn(LocalDate endsOn) {
        return WARNINGS.stream().map(endsOn::minus).toList();
    }
}
