package org.recours.command.casefile;

import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationFirstMeetingHeld;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.RecordConciliationFirstMeeting;
import org.recours.kernel.casefile.RecordConciliationOutcome;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.testing.time.MovableClock;

/**
 * Code civil, art. 2238 (ADR 24): a conciliation suspends the limitation from its first meeting (no written agreement
 * to conciliate being recorded) to its end; the period then runs again for what was left, and never less than six
 * months. Facts known on 10 March 2026: last day 10 March 2031 without a suspension.
 */
class ComplaintCaseConciliationLimitationTest {

    private static final LocalDate KNOWN = LocalDate.of(2026, 3, 10);
    private static final LocalDate ENDS = LocalDate.of(2031, 3, 10);
    private static final LocalDate REQUESTED = LocalDate.of(2029, 12, 1);

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2030, 4, 12), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    private void today(LocalDate day) {
        clock.setTo(at(day, LocalTime.NOON));
        fixture.givenCurrentTime(clock.instant());
    }

    private static CaseDeadline warning(LocalDate endsOn, LocalDate sentOn) {
        return new CaseDeadline(ReminderKind.LIMITATION_APPROACHING, endsOn, sentOn);
    }

    private static ConciliationRequested requested(LocalDate on) {
        return new ConciliationRequested(CASE, 1, "M. Durand", on, null);
    }

    @Test
    void theFirstMeetingSuspendsThePeriodAndItsWarnings() {
        today(LocalDate.of(2030, 1, 10));
        fixture.given(filed(), new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null), requested(REQUESTED))
                .when(new RecordConciliationFirstMeeting(CASE, null, LocalDate.of(2030, 1, 10)))
                .expectEvents(new ConciliationFirstMeetingHeld(CASE, 1, LocalDate.of(2030, 1, 10), null))
                .expectNoScheduledDeadlines();
    }

    /** First meeting on 10 January 2030, 424 days before the end; ended 10 April 2030: the 90 days are added. */
    @Test
    void aConciliationEndingMoreThanSixMonthsBeforeTheEndPostponesItByItsLength() {
        var postponed = LocalDate.of(2031, 6, 8);
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        requested(REQUESTED),
                        new ConciliationFirstMeetingHeld(CASE, 1, LocalDate.of(2030, 1, 10), null))
                .when(new RecordConciliationOutcome(
                        CASE, null, ConciliationOutcome.NO_AGREEMENT, LocalDate.of(2030, 4, 10), "Pas d'accord"))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2030, 12, 8)), warning(postponed, LocalDate.of(2030, 12, 8)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 5, 8)), warning(postponed, LocalDate.of(2031, 5, 8)));
    }

    /** First meeting on 1 December 2030, 99 days before the end; ended 1 February 2031: six months after, 1 August. */
    @Test
    void aConciliationEndingLessThanSixMonthsBeforeTheEndLeavesSixMonthsAfterIt() {
        today(LocalDate.of(2031, 2, 3));
        var sixMonthsAfter = LocalDate.of(2031, 8, 1);
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        requested(LocalDate.of(2030, 11, 20)),
                        new ConciliationFirstMeetingHeld(CASE, 1, LocalDate.of(2030, 12, 1), null))
                .when(new RecordConciliationOutcome(
                        CASE, null, ConciliationOutcome.COMPANY_ABSENT, LocalDate.of(2031, 2, 1), "Constat de carence"))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 7, 1)), warning(sixMonthsAfter, LocalDate.of(2031, 7, 1)));
    }

    /** Entered after the outcome: the meeting on the day the conciliation ended counts; the day after does not. */
    @Test
    void aMeetingEnteredLateMayBeOnTheDayItEndedButNotAfter() {
        var ended = LocalDate.of(2030, 4, 10);
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        requested(REQUESTED),
                        new ConciliationConcluded(CASE, 1, ConciliationOutcome.NO_AGREEMENT, ended, "Pas d'accord"))
                .when(new RecordConciliationFirstMeeting(CASE, null, ended))
                // suspended for one day, the last: the period runs again from 10 April for what was left
                .expectEvents(new ConciliationFirstMeetingHeld(CASE, 1, ended, ENDS));

        setUp();
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        requested(REQUESTED),
                        new ConciliationConcluded(CASE, 1, ConciliationOutcome.NO_AGREEMENT, ended, "Pas d'accord"))
                .when(new RecordConciliationFirstMeeting(CASE, null, ended.plusDays(1)))
                .expectNoEvents()
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
    }

    @Test
    void aMeetingOnTheDayOfTheRequestCountsButNotTheDayBefore() {
        fixture.given(filed(), requested(REQUESTED))
                .when(new RecordConciliationFirstMeeting(CASE, null, REQUESTED))
                .expectEvents(new ConciliationFirstMeetingHeld(CASE, 1, REQUESTED, null));

        setUp();
        fixture.given(filed(), requested(REQUESTED))
                .when(new RecordConciliationFirstMeeting(CASE, null, REQUESTED.minusDays(1)))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
    }

    @Test
    void theFirstMeetingIsRecordedOnceAndOnlyWithAConciliation() {
        fixture.given(filed(), requested(REQUESTED), new ConciliationFirstMeetingHeld(CASE, 1, REQUESTED, null))
                .when(new RecordConciliationFirstMeeting(CASE, null, REQUESTED.plusDays(1)))
                .expectException(refusedUnder(CaseRule.CONCILIATION_MEETING_ALREADY_RECORDED));

        setUp();
        fixture.given(filed())
                .when(new RecordConciliationFirstMeeting(CASE, null, REQUESTED))
                .expectException(refusedUnder(CaseRule.NO_PENDING_CONCILIATION));
    }

    @Test
    void theConciliationCannotEndBeforeItsFirstMeeting() {
        fixture.given(
                        filed(),
                        requested(REQUESTED),
                        new ConciliationFirstMeetingHeld(CASE, 1, LocalDate.of(2030, 1, 10), null))
                .when(new RecordConciliationOutcome(
                        CASE, null, ConciliationOutcome.NO_AGREEMENT, LocalDate.of(2030, 1, 9), "Pas d'accord"))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
    }
}
