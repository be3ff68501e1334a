package org.recours.command.casefile;

import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.payloadsAndActors;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.testing.time.MovableClock;

/**
 * A warning that would fall on a Saturday, a Sunday or a French public holiday is sent the working day before; the
 * legal limit itself never moves, nor does the record that it passed (ADR 16).
 */
class ComplaintCaseWorkingDayRemindersTest {

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2028, 9, 8), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.onWorkingDays(clock);
    }

    /** Delivered on 8 September 2028: the company has until 8 November; the week's warning falls on Toussaint. */
    @Test
    void aWarningFallingOnAllSaintsDayIsSentTheTuesdayBefore() {
        fixture.given(filed())
                .andGivenCommands(letterSent(LocalDate.of(2028, 9, 6)))
                .when(new RecordLetterDelivery(CASE, null, 1, LocalDate.of(2028, 9, 8)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2028, 10, 31)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                LocalDate.of(2028, 11, 8),
                                LocalDate.of(2028, 10, 31)))
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2028, 11, 1)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                LocalDate.of(2028, 11, 8),
                                LocalDate.of(2028, 11, 1)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2028, 11, 9)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                LocalDate.of(2028, 11, 8),
                                LocalDate.of(2028, 11, 9)));
    }

    /**
     * Delivered on 15 January 2031: the company has until Saturday 15 March included; the warning of Saturday 8 March
     * goes out on Friday 7 March, and the silence is recorded on Sunday 16 March, not earlier.
     */
    @Test
    void aWarningFallingOnASaturdayIsSentOnFridayAndTheLimitStaysOnItsSaturday() {
        clock.setTo(at(LocalDate.of(2031, 1, 15), LocalTime.NOON));
        var case_ = fixture.given(filed())
                .andGivenCommands(
                        letterSent(LocalDate.of(2031, 1, 13)),
                        new RecordLetterDelivery(CASE, null, 1, LocalDate.of(2031, 1, 15)));
        clock.setTo(eightAm(LocalDate.of(2031, 3, 16)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 3, 16)))
                .expectEventsMatching(payloadsAndActors(List.of(
                        new ReminderDue(
                                CASE,
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                LocalDate.of(2031, 3, 15),
                                LocalDate.of(2031, 3, 7),
                                LocalDate.of(2031, 3, 16)),
                        new ResponseDeadlineExpired(
                                CASE,
                                LocalDate.of(2031, 3, 15),
                                LocalDate.of(2031, 3, 16),
                                LocalDate.of(2032, 1, 13)))));
    }

    @Test
    void onTheFridayBeforeASaturdayWarningTheWarningIsRecorded() {
        clock.setTo(at(LocalDate.of(2031, 1, 15), LocalTime.NOON));
        var case_ = fixture.given(filed())
                .andGivenCommands(
                        letterSent(LocalDate.of(2031, 1, 13)),
                        new RecordLetterDelivery(CASE, null, 1, LocalDate.of(2031, 1, 15)));
        clock.setTo(eightAm(LocalDate.of(2031, 3, 7)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 3, 7)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                        LocalDate.of(2031, 3, 15),
                        LocalDate.of(2031, 3, 7),
                        LocalDate.of(2031, 3, 7)))));
    }

    private static RecordLetterSent letterSent(LocalDate on) {
        return new RecordLetterSent(
                CASE,
                null,
                "Amazon Digital France SAS",
                on,
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                new TrackingNumber("1A12345678901"));
    }
}
