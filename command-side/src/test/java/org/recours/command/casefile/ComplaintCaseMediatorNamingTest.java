package org.recours.command.casefile;

import static org.hamcrest.Matchers.containsString;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.deliver;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.sendLetter;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.MediatorNamingChecked;
import org.recours.kernel.casefile.RecordMediatorNaming;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.time.MovableClock;

/**
 * Code de la consommation, L616-1: a company that rejects a complaint, in whole or in part, names the consumer
 * mediator it falls under. Staff record whether its answer did; an answer that did not is the company's breach.
 */
class ComplaintCaseMediatorNamingTest {

    private static final LocalDate ANSWERED = LocalDate.of(2031, 2, 1);
    private static final LocalDate CHECKED = LocalDate.of(2031, 2, 3);

    private final MovableClock clock = MovableClock.stoppedAt(at(CHECKED, LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    private TestExecutor<ComplaintCase> answered(ResponseAssessment assessment) {
        return fixture.given(filed())
                .andGivenCommands(
                        sendLetter(),
                        deliver(),
                        new RecordResponse(
                                CASE,
                                null,
                                ANSWERED,
                                ContactChannel.EMAIL,
                                "Refus : les conditions générales le permettent",
                                assessment,
                                null));
    }

    @Test
    void aRejectionThatNamesNoMediatorIsRecordedAsTheCompanysBreach() {
        answered(ResponseAssessment.REJECTED)
                .when(new RecordMediatorNaming(CASE, null, 1, false, null))
                .expectEvents(new MediatorNamingChecked(CASE, 1, false, null, CHECKED));
    }

    @Test
    void aPartialAnswerNamingItsMediatorIsRecordedWithTheMediator() {
        answered(ResponseAssessment.PARTIAL)
                .when(new RecordMediatorNaming(CASE, null, 1, true, ReferenceCase.FEVAD))
                .expectEvents(new MediatorNamingChecked(CASE, 1, true, ReferenceCase.FEVAD, CHECKED));
    }

    @Test
    void aSatisfactoryAnswerOwesNoMediatorsName() {
        answered(ResponseAssessment.SATISFACTORY)
                .when(new RecordMediatorNaming(CASE, null, 1, false, null))
                .expectException(refusedUnder(CaseRule.ANSWER_NOT_A_REJECTION))
                .expectExceptionMessage(containsString("L616-1"));
    }

    @Test
    void anUnknownAnswerIsRefusedAndEachAnswerIsCheckedOnce() {
        answered(ResponseAssessment.REJECTED)
                .when(new RecordMediatorNaming(CASE, null, 2, false, null))
                .expectException(refusedUnder(CaseRule.ANSWER_NOT_A_REJECTION));
        answered(ResponseAssessment.REJECTED)
                .andGivenCommands(new RecordMediatorNaming(CASE, null, 1, false, null))
                .when(new RecordMediatorNaming(CASE, null, 1, true, "FEVAD"))
                .expectException(refusedUnder(CaseRule.MEDIATOR_NAMING_ALREADY_RECORDED));
    }
}
