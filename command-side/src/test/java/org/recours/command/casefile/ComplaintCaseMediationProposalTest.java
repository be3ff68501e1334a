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
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordMediationProposal;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.RecordProposalAnswer;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.testing.time.MovableClock;

/**
 * The mediator's proposal (Code de la consommation, art. R612-4). The reference case's mediator, seized on
 * 11 March 2031 and notified on 20 March, proposes a solution on Friday 2 May and gives the parties until Tuesday
 * 27 May included to accept it. The reminder three days before would fall on Saturday 24 May: it goes out on Friday
 * 23 May (ADR 16). The answers decide the outcome: both accept, an agreement; one refuses, a failure.
 */
class ComplaintCaseMediationProposalTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2031, 3, 20);
    private static final LocalDate PROPOSED = LocalDate.of(2031, 5, 2);
    private static final LocalDate ACCEPT_BY = LocalDate.of(2031, 5, 27);
    private static final LocalDate REMINDED = LocalDate.of(2031, 5, 23);

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2031, 3, 11), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.onWorkingDays(clock);
    }

    private void today(LocalDate day) {
        clock.setTo(at(day, LocalTime.NOON));
    }

    private TestExecutor<ComplaintCase> seizureNotified() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver(), requestMediation());
        today(NOTIFIED);
        return case_.andGivenCommands(new RecordMediationSeizureNotice(CASE, null, NOTIFIED, "FEVAD-N-1"));
    }

    private TestExecutor<ComplaintCase> proposed() {
        var case_ = seizureNotified();
        today(PROPOSED);
        return case_.andGivenCommands(new RecordMediationProposal(CASE, null, PROPOSED, ACCEPT_BY));
    }

    private static RecordProposalAnswer answer(MediationParty party, boolean accepted, LocalDate on) {
        return new RecordProposalAnswer(CASE, null, party, accepted, on);
    }

    @Test
    void theProposalIsRemindedOnTheWorkingDayBeforeItsWarningDayOff() {
        var case_ = seizureNotified();
        today(PROPOSED);

        case_.when(new RecordMediationProposal(CASE, null, PROPOSED, ACCEPT_BY))
                .expectEvents(new MediationProposalMade(CASE, 1, PROPOSED, ACCEPT_BY))
                .expectScheduledDeadline(
                        eightAm(REMINDED),
                        new CaseDeadline(ReminderKind.MEDIATION_PROPOSAL_ANSWER_DUE, ACCEPT_BY, REMINDED));
    }

    @Test
    void aLastDayWhoseWarningFallsOnTheFirstOfNovemberIsRemindedTheDayBefore() {
        var case_ = seizureNotified();
        var proposedOn = LocalDate.of(2031, 10, 20);
        var acceptBy = LocalDate.of(2031, 11, 4); // warning on Saturday 1 November, a public holiday
        today(proposedOn);

        case_.when(new RecordMediationProposal(CASE, null, proposedOn, acceptBy))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 10, 31)),
                        new CaseDeadline(
                                ReminderKind.MEDIATION_PROPOSAL_ANSWER_DUE, acceptBy, LocalDate.of(2031, 10, 31)));
    }

    @Test
    void withAnAnswerMissingTheReminderIsRecordedOnItsDay() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 10));
        case_.andGivenCommands(answer(MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 10)));
        clock.setTo(eightAm(REMINDED));

        case_.whenTimeAdvancesTo(eightAm(REMINDED))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE, ReminderKind.MEDIATION_PROPOSAL_ANSWER_DUE, ACCEPT_BY, REMINDED, REMINDED))));
    }

    @Test
    void bothAcceptingIsAnAgreementOnTheDayOfTheSecondAcceptanceAndEndsTheReminders() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 10));
        case_.andGivenCommands(answer(MediationParty.COMPANY, true, LocalDate.of(2031, 5, 9)));

        case_.when(answer(MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 10)))
                .expectEvents(
                        new MediationProposalAnswered(
                                CASE, 1, MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 10), ACCEPT_BY),
                        new MediationConcluded(CASE, MediationOutcome.AGREEMENT, LocalDate.of(2031, 5, 10), null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void oneRefusalIsAFailureAtOnceWhateverTheOtherSays() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 12));

        case_.when(answer(MediationParty.COMPANY, false, LocalDate.of(2031, 5, 12)))
                .expectEvents(
                        new MediationProposalAnswered(
                                CASE, 1, MediationParty.COMPANY, false, LocalDate.of(2031, 5, 12), ACCEPT_BY),
                        new MediationConcluded(
                                CASE, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2031, 5, 12), null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAcceptanceOnTheLastDayIsInTime() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 28));

        case_.when(answer(MediationParty.CONSUMER, true, ACCEPT_BY))
                .expectEvents(
                        new MediationProposalAnswered(CASE, 1, MediationParty.CONSUMER, true, ACCEPT_BY, ACCEPT_BY));
    }

    @Test
    void anAcceptanceTheDayAfterTheLastDayIsRefusedButARefusalThenIsRecorded() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 28));

        case_.when(answer(MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 28)))
                .expectException(refusedUnder(CaseRule.PROPOSAL_ACCEPTANCE_TOO_LATE))
                .expectExceptionMessage(containsString("jusqu'au 27 mai 2031 inclus"))
                .expectNoEvents();
        fixture.given(filed())
                .andGivenCommands(
                        sendLetter(),
                        deliver(),
                        requestMediation(),
                        new RecordMediationSeizureNotice(CASE, null, NOTIFIED, null),
                        new RecordMediationProposal(CASE, null, PROPOSED, ACCEPT_BY))
                .when(answer(MediationParty.CONSUMER, false, LocalDate.of(2031, 5, 28)))
                .expectEvents(
                        new MediationProposalAnswered(
                                CASE, 1, MediationParty.CONSUMER, false, LocalDate.of(2031, 5, 28), ACCEPT_BY),
                        new MediationConcluded(
                                CASE, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2031, 5, 28), null));
    }

    @Test
    void aPartyAnswersOnce() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 10));
        case_.andGivenCommands(answer(MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 9)));

        case_.when(answer(MediationParty.CONSUMER, true, LocalDate.of(2031, 5, 10)))
                .expectException(refusedUnder(CaseRule.PROPOSAL_ALREADY_ANSWERED))
                .expectNoEvents();
    }

    @Test
    void withAProposalOnFileTheOutcomeStepLeavesAgreementAndRefusalToTheAnswers() {
        var case_ = proposed();
        today(LocalDate.of(2031, 5, 10));

        case_.when(new RecordMediationOutcome(CASE, null, MediationOutcome.AGREEMENT, LocalDate.of(2031, 5, 10)))
                .expectException(refusedUnder(CaseRule.OUTCOME_FOLLOWS_FROM_ANSWERS))
                .expectExceptionMessage(containsString("R612-4"))
                .expectNoEvents();
    }

    @Test
    void aProposalNeedsAPendingMediationAndComesOnce() {
        today(PROPOSED);
        fixture.given(filed())
                .when(new RecordMediationProposal(CASE, null, PROPOSED, ACCEPT_BY))
                .expectException(refusedUnder(CaseRule.NO_PENDING_MEDIATION));
        var case_ = proposed();
        case_.when(new RecordMediationProposal(CASE, null, PROPOSED, ACCEPT_BY))
                .expectException(refusedUnder(CaseRule.PROPOSAL_ALREADY_MADE))
                .expectExceptionMessage(allOf(containsString("2 mai 2031"), containsString("R612-4")));
    }

    @Test
    void aProposalCannotPrecedeTheNoticeNorItsLastDayTheProposal() {
        var case_ = seizureNotified();
        today(PROPOSED);

        case_.when(new RecordMediationProposal(CASE, null, NOTIFIED.minusDays(1), ACCEPT_BY))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                .expectExceptionMessage(containsString("notification de sa saisine"));
        fixture.given(filed())
                .andGivenCommands(sendLetter(), deliver(), requestMediation())
                .when(new RecordMediationProposal(CASE, null, PROPOSED, PROPOSED.minusDays(1)))
                .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
    }

    @Test
    void anAnswerNeedsAProposal() {
        var case_ = seizureNotified();
        today(PROPOSED);

        case_.when(answer(MediationParty.CONSUMER, true, PROPOSED))
                .expectException(refusedUnder(CaseRule.NO_PENDING_PROPOSAL));
    }
}
