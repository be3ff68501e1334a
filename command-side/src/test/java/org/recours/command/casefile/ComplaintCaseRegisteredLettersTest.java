package org.recours.command.casefile;

import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ElectronicLetterProof;
import org.recours.kernel.casefile.ElectronicLetterProofRecorded;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.LetterReturned;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterReturn;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.time.MovableClock;

/**
 * Registered letters as the post has them: a letter presented but not collected ("pli avisé et non réclamé") or
 * refused still counts as the written complaint, and the company's window runs from its first presentation; the
 * electronic registered letter (CPCE art. L100) keeps its proofs of deposit and receipt to the second.
 */
class ComplaintCaseRegisteredLettersTest {

    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final LocalDate SENT = LocalDate.of(2028, 9, 6);
    /** A Friday: the company has until Wednesday 8 November, and the week's warning falls on Toussaint. */
    private static final LocalDate PRESENTED = LocalDate.of(2028, 9, 8);

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2028, 9, 25), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.onWorkingDays(clock);
    }

    private static RecordLetterSent registered(SendingMethod method) {
        return new RecordLetterSent(CASE, null, CLICHY.entity(), SENT, method, new TrackingNumber("1A12345678901"));
    }

    @Test
    void anUnclaimedLetterCountsAndItsWindowRunsFromTheFirstPresentationWithTheToussaintWarningMoved() {
        fixture.given(filed())
                .andGivenCommands(registered(SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT))
                .when(new RecordLetterReturn(
                        CASE, null, 1, LetterReturnReason.UNCLAIMED, PRESENTED, LocalDate.of(2028, 9, 24)))
                .expectEvents(new LetterReturned(
                        CASE,
                        1,
                        LetterReturnReason.UNCLAIMED,
                        PRESENTED,
                        LocalDate.of(2028, 9, 24),
                        LocalDate.of(2028, 11, 8)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2028, 10, 31)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                LocalDate.of(2028, 11, 8),
                                LocalDate.of(2028, 10, 31)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2028, 11, 9)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                LocalDate.of(2028, 11, 8),
                                LocalDate.of(2028, 11, 9)));
    }

    @Test
    void aRefusedLetterAlsoRunsFromItsPresentationAndNoDeliveryFollows() {
        fixture.given(filed())
                .andGivenCommands(
                        registered(SendingMethod.REGISTERED),
                        new RecordLetterReturn(CASE, null, null, LetterReturnReason.REFUSED, PRESENTED, PRESENTED))
                .when(new RecordLetterDelivery(CASE, null, 1, PRESENTED))
                .expectException(refusedUnder(CaseRule.NO_LETTER_TO_DELIVER));
    }

    @Test
    void anOrdinaryLetterIsNeverReturnedAsUnclaimed() {
        fixture.given(filed())
                .andGivenCommands(
                        new RecordLetterSent(CASE, null, CLICHY.entity(), SENT, SendingMethod.ORDINARY_MAIL, null))
                .when(new RecordLetterReturn(CASE, null, 1, LetterReturnReason.UNCLAIMED, PRESENTED, PRESENTED))
                .expectException(refusedUnder(CaseRule.LETTER_NOT_REGISTERED));
    }

    @Test
    void aLetterIsNotPresentedBeforeItWasSent() {
        fixture.given(filed())
                .andGivenCommands(registered(SendingMethod.REGISTERED))
                .when(new RecordLetterReturn(CASE, null, 1, LetterReturnReason.UNCLAIMED, SENT.minusDays(1), PRESENTED))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
    }

    @Test
    void anElectronicRegisteredLetterKeepsItsDepositAndReceiptTimes() {
        var deposited = Instant.parse("2028-09-06T07:41:12Z");
        var received = Instant.parse("2028-09-07T14:03:55Z");
        fixture.given(filed())
                .andGivenCommands(new RecordLetterSent(
                        CASE,
                        null,
                        CLICHY.entity(),
                        SENT,
                        SendingMethod.ELECTRONIC_REGISTERED,
                        new TrackingNumber("LRE-2028-000917"),
                        deposited))
                .when(new RecordLetterDelivery(CASE, null, 1, LocalDate.of(2028, 9, 7), received))
                .expectEvents(
                        new LetterDelivered(CASE, 1, LocalDate.of(2028, 9, 7), LocalDate.of(2028, 11, 7)),
                        new ElectronicLetterProofRecorded(CASE, 1, ElectronicLetterProof.RECEIPT, received));
    }

    @Test
    void theDepositProofIsRecordedWithTheSending() {
        var deposited = Instant.parse("2028-09-06T07:41:12Z");
        fixture.given(filed())
                .when(new RecordLetterSent(
                        CASE,
                        null,
                        CLICHY.entity(),
                        SENT,
                        SendingMethod.ELECTRONIC_REGISTERED,
                        new TrackingNumber("LRE-2028-000917"),
                        deposited))
                .expectEvents(
                        new LetterSent(
                                CASE,
                                1,
                                CLICHY,
                                SENT,
                                SendingMethod.ELECTRONIC_REGISTERED,
                                new TrackingNumber("LRE-2028-000917"),
                                LocalDate.of(2028, 11, 6),
                                LocalDate.of(2029, 9, 6)),
                        new ElectronicLetterProofRecorded(CASE, 1, ElectronicLetterProof.DEPOSIT, deposited));
    }

    @Test
    void aDepositProofOfAnotherDayIsRefusedNamingTheField() {
        fixture.given(filed())
                .when(new RecordLetterSent(
                        CASE,
                        null,
                        CLICHY.entity(),
                        SENT,
                        SendingMethod.ELECTRONIC_REGISTERED,
                        new TrackingNumber("LRE-2028-000917"),
                        Instant.parse("2028-09-06T22:30:00Z")))
                .expectException(InvalidCaseData.class);
    }
}
