package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.deliver;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.payloadsAndActors;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.requestMediation;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.sendLetter;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.RecordMediationExtension;
import org.recours.kernel.casefile.RecordMediationFileReceipt;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.StepRefused;
import org.recours.testing.time.MovableClock;

/**
 * Inside the mediation (Code de la consommation L612-2, R612-2, R612-5). The reference case's mediator is seized on
 * 11 March 2031 (provisional conclusion: 9 June); it receives the file on 14 March, so it may reject the request
 * until 4 April included; it notifies its seizure on 20 March, so it concludes by 18 June included.
 */
class ComplaintCaseMediationStageTest {

    private static final LocalDate REQUESTED = LocalDate.of(2031, 3, 11);
    private static final LocalDate PROVISIONAL_DUE = LocalDate.of(2031, 6, 9);
    private static final LocalDate FILE_RECEIVED = LocalDate.of(2031, 3, 14);
    private static final LocalDate REJECTION_DUE = LocalDate.of(2031, 4, 4);
    private static final LocalDate NOTIFIED = LocalDate.of(2031, 3, 20);
    private static final LocalDate CONCLUSION_DUE = LocalDate.of(2031, 6, 18);

    private final MovableClock clock = MovableClock.stoppedAt(at(REQUESTED, LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    private TestExecutor<ComplaintCase> mediationRequested() {
        return fixture.given(filed()).andGivenCommands(sendLetter(), deliver(), requestMediation());
    }

    private void today(LocalDate day) {
        clock.setTo(at(day, LocalTime.NOON));
    }

    @Test
    void theFilesReceiptGivesTheMediatorThreeWeeksToRejectTheRequestAndARemindsTheDayAfter() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);

        case_.when(new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED))
                .expectEvents(new MediationFileReceived(CASE, FILE_RECEIVED, REJECTION_DUE))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 4, 5)),
                        new CaseDeadline(
                                ReminderKind.MEDIATOR_REJECTION_WINDOW_PASSED,
                                REJECTION_DUE,
                                LocalDate.of(2031, 4, 5)));
    }

    @Test
    void onTheLastDayOfTheThreeWeeksNothingIsRecorded() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);
        case_.andGivenCommands(new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED));
        clock.setTo(at(REJECTION_DUE, LocalTime.of(23, 59)));

        case_.whenTimeAdvancesTo(at(REJECTION_DUE, LocalTime.of(23, 59))).expectNoEvents();
    }

    @Test
    void theDayAfterTheThreeWeeksWithoutNoticeNorRejectionTheSystemRecordsAReminder() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);
        case_.andGivenCommands(new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED));
        clock.setTo(eightAm(LocalDate.of(2031, 4, 5)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 4, 5)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.MEDIATOR_REJECTION_WINDOW_PASSED,
                        REJECTION_DUE,
                        LocalDate.of(2031, 4, 5),
                        LocalDate.of(2031, 4, 5)))));
    }

    @Test
    void theNotifiedSeizureEndsTheThreeWeeksReminderAndStartsTheNinetyDaysFromItsDay() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);
        case_.andGivenCommands(new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED));
        today(NOTIFIED);

        case_.when(new RecordMediationSeizureNotice(CASE, null, NOTIFIED, "FEVAD-N-2031-77"))
                .expectEvents(new MediationSeizureNotified(CASE, NOTIFIED, "FEVAD-N-2031-77", CONCLUSION_DUE))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 4, 5)), DeadlineFamily.MEDIATOR_REJECTION_WINDOW.storedName())
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2031, 6, 10)),
                        new CaseDeadline(
                                ReminderKind.MEDIATOR_CONCLUSION_OVERDUE, PROVISIONAL_DUE, LocalDate.of(2031, 6, 10)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 6, 19)),
                        new CaseDeadline(
                                ReminderKind.MEDIATOR_CONCLUSION_OVERDUE, CONCLUSION_DUE, LocalDate.of(2031, 6, 19)));
    }

    @Test
    void theMediatorIsNotLateOnTheNinetiethDayAfterTheNotification() {
        var case_ = seizureNotified();
        clock.setTo(at(CONCLUSION_DUE, LocalTime.of(23, 59)));

        case_.whenTimeAdvancesTo(at(CONCLUSION_DUE, LocalTime.of(23, 59))).expectNoEvents();
    }

    @Test
    void theMediatorIsLateTheDayAfterTheNinetiethDayFromTheNotification() {
        var case_ = seizureNotified();
        clock.setTo(eightAm(LocalDate.of(2031, 6, 19)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 6, 19)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                        CONCLUSION_DUE,
                        LocalDate.of(2031, 6, 19),
                        LocalDate.of(2031, 6, 19)))));
    }

    @Test
    void anExtensionMovesTheMediatorsLastDayAndItsReminder() {
        var case_ = seizureNotified();
        today(LocalDate.of(2031, 6, 1));

        case_.when(new RecordMediationExtension(CASE, null, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 8, 31)))
                .expectEvents(new MediationExtended(
                        CASE, LocalDate.of(2031, 6, 1), CONCLUSION_DUE, LocalDate.of(2031, 8, 31)))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 6, 19)), DeadlineFamily.MEDIATOR_CONCLUSION.storedName())
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 9, 1)),
                        new CaseDeadline(
                                ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                                LocalDate.of(2031, 8, 31),
                                LocalDate.of(2031, 9, 1)));
    }

    @Test
    void anExtendedMediatorIsNotLateTheDayAfterTheFormerLastDay() {
        var case_ = seizureNotified();
        today(LocalDate.of(2031, 6, 1));
        case_.andGivenCommands(
                new RecordMediationExtension(CASE, null, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 8, 31)));
        clock.setTo(eightAm(LocalDate.of(2031, 6, 19)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 6, 19))).expectNoEvents();
    }

    @Test
    void anExtensionBeforeTheNotifiedSeizureIsRefused() {
        var case_ = mediationRequested();
        today(LocalDate.of(2031, 4, 1));

        case_.when(new RecordMediationExtension(CASE, null, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 8, 31)))
                .expectException(refusedUnder(CaseRule.SEIZURE_NOT_NOTIFIED))
                .expectExceptionMessage(containsString("R612-2"));
    }

    @Test
    void anExtensionThatDoesNotPostponeTheLastDayIsRefused() {
        var case_ = seizureNotified();
        today(LocalDate.of(2031, 6, 1));

        case_.when(new RecordMediationExtension(CASE, null, LocalDate.of(2031, 6, 1), CONCLUSION_DUE))
                .expectException(refusedUnder(CaseRule.EXTENSION_MUST_POSTPONE))
                .expectExceptionMessage(containsString("18 juin 2031"));
    }

    @Test
    void theFileCannotReachTheMediatorBeforeTheRequest() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);

        case_.when(new RecordMediationFileReceipt(CASE, null, LocalDate.of(2031, 3, 10)))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                .expectExceptionMessage(allOf(containsString("10 mars 2031"), containsString("11 mars 2031")));
    }

    @Test
    void theSeizureIsNotifiedOnce() {
        var case_ = seizureNotified();
        today(LocalDate.of(2031, 3, 21));

        case_.when(new RecordMediationSeizureNotice(CASE, null, LocalDate.of(2031, 3, 21), null))
                .expectException(refusedUnder(CaseRule.MEDIATION_STEP_ALREADY_RECORDED));
    }

    @Test
    void noMediationStepWithoutAMediation() {
        today(FILE_RECEIVED);

        fixture.given(filed())
                .andGivenCommands(sendLetter(), deliver())
                .when(new RecordMediationSeizureNotice(CASE, null, FILE_RECEIVED, null))
                .expectException(StepRefused.class)
                .expectException(refusedUnder(CaseRule.NO_PENDING_MEDIATION));
    }

    @Test
    void aRejectionEndsTheThreeWeeksReminder() {
        var case_ = mediationRequested();
        today(FILE_RECEIVED);
        case_.andGivenCommands(new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED));
        today(LocalDate.of(2031, 3, 28));

        case_.when(new RecordMediationOutcome(CASE, null, MediationOutcome.INADMISSIBLE, LocalDate.of(2031, 3, 28)))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 4, 5)), DeadlineFamily.MEDIATOR_REJECTION_WINDOW.storedName());
    }

    private TestExecutor<ComplaintCase> seizureNotified() {
        var case_ = mediationRequested();
        today(NOTIFIED);
        return case_.andGivenCommands(
                new RecordMediationFileReceipt(CASE, null, FILE_RECEIVED),
                new RecordMediationSeizureNotice(CASE, null, NOTIFIED, "FEVAD-N-2031-77"));
    }
}
