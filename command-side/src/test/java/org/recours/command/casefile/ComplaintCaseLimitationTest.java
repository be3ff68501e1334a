package org.recours.command.casefile;

import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;
import static org.recours.testing.casefile.ReferenceCase.FEVAD;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.recours.command.calendar.FrenchPublicHolidays;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordFactsKnownDate;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.law.ReminderPolicy;
import org.recours.testing.time.MovableClock;

/**
 * Code civil, art. 2224 and 2238: the action is time-barred five years after the consumer knew the facts (known on
 * 10 March 2026: last day 10 March 2031); a mediation suspends the period from its notified seizure to its end, after
 * which it runs again for what was left, and never less than six months. Staff are warned six months and one month
 * before, on the working day before when that day is off.
 */
class ComplaintCaseLimitationTest {

    private static final LocalDate KNOWN = LocalDate.of(2026, 3, 10);
    private static final LocalDate ENDS = LocalDate.of(2031, 3, 10);

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2027, 1, 15), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    private void fixtureWith(ReminderPolicy policy) {
        fixture = ComplaintCaseFixture.on(clock, policy);
    }

    private void today(LocalDate day) {
        clock.setTo(at(day, LocalTime.NOON));
        fixture.givenCurrentTime(clock.instant());
    }

    private static CaseDeadline warning(LocalDate endsOn, LocalDate sentOn) {
        return new CaseDeadline(ReminderKind.LIMITATION_APPROACHING, endsOn, sentOn);
    }

    @Test
    void theFactsKnownDateGivesTheLimitationDateAndTwoWarnings() {
        fixtureWith(ReminderPolicy.DEFAULT);
        fixture.given(filed())
                .when(new RecordFactsKnownDate(CASE, null, KNOWN, null))
                .expectEvents(new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null))
                .expectScheduledDeadline(eightAm(LocalDate.of(2030, 9, 10)), warning(ENDS, LocalDate.of(2030, 9, 10)))
                .expectScheduledDeadline(eightAm(LocalDate.of(2031, 2, 10)), warning(ENDS, LocalDate.of(2031, 2, 10)));
    }

    @Test
    void aLimitationEndingOnASaturdayEndsThatSaturdayButItsWarningsGoOutTheFridayBefore() {
        fixtureWith(ReminderPolicy.DEFAULT.withWorkingDays(new FrenchPublicHolidays()));
        var endsOnASaturday = LocalDate.of(2031, 3, 8);
        fixture.given(filed())
                .when(new RecordFactsKnownDate(CASE, null, LocalDate.of(2026, 3, 8), null))
                .expectEvents(new FactsKnownDateRecorded(CASE, LocalDate.of(2026, 3, 8), null, endsOnASaturday, null))
                // six months before: Sunday 8 September 2030; one month before: Saturday 8 February 2031
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2030, 9, 6)), warning(endsOnASaturday, LocalDate.of(2030, 9, 6)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 2, 7)), warning(endsOnASaturday, LocalDate.of(2031, 2, 7)));
    }

    @Test
    void changingTheDateNeedsAReasonAndTellsTheOneItReplaces() {
        fixtureWith(ReminderPolicy.DEFAULT);
        fixture.given(filed(), new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null))
                .when(new RecordFactsKnownDate(CASE, null, KNOWN.minusDays(1), null))
                .expectException(InvalidCaseData.class);
        fixture.given(filed(), new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null))
                .when(new RecordFactsKnownDate(CASE, null, KNOWN.minusDays(1), "Relevé bancaire du 9 mars"))
                .expectEvents(new FactsKnownDateRecorded(
                        CASE, KNOWN.minusDays(1), KNOWN, ENDS.minusDays(1), "Relevé bancaire du 9 mars"));
        fixture.given(filed(), new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null))
                .when(new RecordFactsKnownDate(CASE, null, KNOWN, "Même date"))
                .expectException(refusedUnder(CaseRule.FACTS_KNOWN_DATE_UNCHANGED));
    }

    /** Seized on 10 January 2030, 424 days before the end; ended 10 April 2030: the 90 days are added. */
    @Test
    void aMediationEndingMoreThanSixMonthsBeforeTheEndPostponesItByItsLength() {
        fixtureWith(ReminderPolicy.DEFAULT);
        today(LocalDate.of(2030, 4, 12));
        var postponed = LocalDate.of(2031, 6, 8);
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        mediationRequested(LocalDate.of(2030, 1, 5)),
                        new MediationSeizureNotified(CASE, LocalDate.of(2030, 1, 10), null, LocalDate.of(2030, 4, 10)))
                .when(new RecordMediationOutcome(
                        CASE, null, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2030, 4, 10)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2030, 12, 8)), warning(postponed, LocalDate.of(2030, 12, 8)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 5, 8)), warning(postponed, LocalDate.of(2031, 5, 8)));
    }

    /**
     * Seized on 1 December 2030, 99 days before the end; ended 1 February 2031: what was left would end on 11 May, but
     * the period runs again for six months at least, until 1 August 2031.
     */
    @Test
    void aMediationEndingLessThanSixMonthsBeforeTheEndLeavesSixMonthsAfterIt() {
        fixtureWith(ReminderPolicy.DEFAULT);
        today(LocalDate.of(2031, 2, 3));
        var sixMonthsAfter = LocalDate.of(2031, 8, 1);
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        mediationRequested(LocalDate.of(2030, 11, 25)),
                        new MediationSeizureNotified(CASE, LocalDate.of(2030, 12, 1), null, LocalDate.of(2031, 3, 1)))
                .when(new RecordMediationOutcome(
                        CASE, null, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2031, 2, 1)))
                // six months before is 1 February, already past: only the month's warning remains
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2031, 2, 1)), warning(sixMonthsAfter, LocalDate.of(2031, 2, 1)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 7, 1)), warning(sixMonthsAfter, LocalDate.of(2031, 7, 1)));
    }

    @Test
    void theNotifiedSeizureSuspendsThePeriodAndItsWarnings() {
        fixtureWith(ReminderPolicy.DEFAULT);
        today(LocalDate.of(2030, 1, 10));
        fixture.given(
                        filed(),
                        new FactsKnownDateRecorded(CASE, KNOWN, null, ENDS, null),
                        mediationRequested(LocalDate.of(2030, 1, 5)))
                .when(new RecordMediationSeizureNotice(CASE, null, LocalDate.of(2030, 1, 10), null))
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2030, 9, 10)), warning(ENDS, LocalDate.of(2030, 9, 10)));
    }

    @Test
    void aCourtActionEndsTheWarnings() {
        fixtureWith(ReminderPolicy.DEFAULT);
        fixture.given(filed())
                .andGivenCommands(new RecordFactsKnownDate(CASE, null, KNOWN, null))
                .when(new RecordCourtAction(
                        CASE,
                        null,
                        "Tribunal judiciaire de Nanterre",
                        LocalDate.of(2027, 1, 15),
                        null,
                        "Injonction de faire",
                        CourtClaim.notASum()))
                .expectNoScheduledDeadlines();
    }

    private static MediationRequested mediationRequested(LocalDate on) {
        return new MediationRequested(CASE, FEVAD, on, null, on.plusDays(90), null);
    }
}
