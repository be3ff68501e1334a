package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;
import static org.recours.testing.casefile.ReferenceCase.FEVAD;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordConciliationOutcome;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RequestConciliation;
import org.recours.kernel.casefile.StepRefused;
import org.recours.testing.time.MovableClock;

/**
 * Code de procédure civile, art. 750-1: a claim for a sum of 5,000 euros or less goes to court only after a
 * conciliation, a mediation (one the mediator did not declare inadmissible) or a participatory procedure, unless an
 * exemption applies; an action filed without any stays recordable, with a reason, and shows the risk.
 */
class ComplaintCaseCourtStageTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 9, 1);
    private static final LocalDate FILED_ON = LocalDate.of(2031, 8, 28);
    private static final String COURT = "Tribunal judiciaire de Nanterre";
    private static final Money AT_THE_CEILING = Money.euros("5000.00");
    private static final Money ONE_CENT_ABOVE = Money.euros("5000.01");

    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        var clock = MovableClock.stoppedAt(at(TODAY, LocalTime.NOON));
        fixture = ComplaintCaseFixture.on(clock);
    }

    private TestExecutor<ComplaintCase> afterAnInadmissibleMediation() {
        return fixture.given(
                filed(),
                new MediationRequested(CASE, FEVAD, LocalDate.of(2031, 5, 2), null, LocalDate.of(2031, 7, 31), null),
                new MediationConcluded(
                        CASE,
                        MediationOutcome.INADMISSIBLE,
                        LocalDate.of(2031, 5, 20),
                        "Litige déjà porté devant un autre médiateur"));
    }

    private static RecordCourtAction claimOf(Money amount) {
        return new RecordCourtAction(
                CASE, null, COURT, FILED_ON, null, "Assignation en remboursement", CourtClaim.ofSum(amount));
    }

    private static CourtActionRecorded actionRecorded() {
        return new CourtActionRecorded(CASE, COURT, FILED_ON, null, "Assignation en remboursement");
    }

    @Test
    void aClaimOfExactlyFiveThousandEurosAfterAnInadmissibleMediationIsRefusedNamingTheRule() {
        afterAnInadmissibleMediation()
                .when(claimOf(AT_THE_CEILING))
                .expectNoEvents()
                .expectException(allOf(
                        refusedUnder(CaseRule.PRIOR_AMICABLE_ATTEMPT_REQUIRED),
                        org.hamcrest.Matchers.<StepRefused>hasProperty(
                                "message",
                                allOf(
                                        containsString("5 000,00 €"),
                                        containsString("art. 750-1"),
                                        containsString("déclarée irrecevable le 20 mai 2031")))));
    }

    @Test
    void aClaimOfOneCentAboveFiveThousandEurosNeedsNoPriorAttempt() {
        afterAnInadmissibleMediation()
                .when(claimOf(ONE_CENT_ABOVE))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(ONE_CENT_ABOVE),
                                AmicableAttemptBasis.NOT_REQUIRED,
                                null,
                                null,
                                null,
                                false));
    }

    @Test
    void aClaimThatIsNotForASumNeedsNoPriorAttempt() {
        fixture.given(filed())
                .when(new RecordCourtAction(
                        CASE, null, COURT, FILED_ON, null, "Injonction de faire", CourtClaim.notASum()))
                .expectEvents(
                        new CourtActionRecorded(CASE, COURT, FILED_ON, null, "Injonction de faire"),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.notASum(),
                                AmicableAttemptBasis.NOT_REQUIRED,
                                null,
                                null,
                                null,
                                false));
    }

    @Test
    void aMediationThatExaminedTheDisputeCoversAClaimOfFiveThousandEuros() {
        fixture.given(
                        filed(),
                        new MediationRequested(
                                CASE, FEVAD, LocalDate.of(2031, 5, 2), null, LocalDate.of(2031, 7, 31), null),
                        new MediationConcluded(
                                CASE,
                                MediationOutcome.PROPOSAL_REFUSED,
                                LocalDate.of(2031, 7, 15),
                                "Proposition refusée par l'entreprise"))
                .when(claimOf(AT_THE_CEILING))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(AT_THE_CEILING),
                                AmicableAttemptBasis.MEDIATION,
                                LocalDate.of(2031, 7, 15),
                                null,
                                null,
                                false));
    }

    @Test
    void aConciliationEndedOnTheDayOfFilingCoversTheClaimEvenAfterAnInadmissibleMediation() {
        afterAnInadmissibleMediation()
                .andGiven(
                        new ConciliationRequested(CASE, 1, "M. Durand", LocalDate.of(2031, 6, 1), null),
                        new ConciliationConcluded(
                                CASE, 1, ConciliationOutcome.NO_AGREEMENT, FILED_ON, "Constat de non-conciliation"))
                .when(claimOf(AT_THE_CEILING))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(AT_THE_CEILING),
                                AmicableAttemptBasis.CONCILIATION,
                                FILED_ON,
                                null,
                                null,
                                false));
    }

    @Test
    void aConciliationEndedAfterTheFilingDoesNotCoverIt() {
        fixture.given(
                        filed(),
                        new ConciliationRequested(CASE, 1, "M. Durand", LocalDate.of(2031, 6, 1), null),
                        new ConciliationConcluded(
                                CASE,
                                1,
                                ConciliationOutcome.NO_AGREEMENT,
                                FILED_ON.plusDays(1),
                                "Constat de non-conciliation"))
                .when(claimOf(AT_THE_CEILING))
                .expectException(refusedUnder(CaseRule.PRIOR_AMICABLE_ATTEMPT_REQUIRED));
    }

    @Test
    void anExemptionStaffRecordIsKeptWithItsJustification() {
        afterAnInadmissibleMediation()
                .when(new RecordCourtAction(
                        CASE,
                        null,
                        COURT,
                        FILED_ON,
                        null,
                        "Assignation en remboursement",
                        CourtClaim.ofSum(AT_THE_CEILING),
                        null,
                        AmicableAttemptExemption.CONCILIATOR_UNAVAILABLE,
                        "Conciliateur saisi le 2 mai, première réunion au 1er octobre",
                        null))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(AT_THE_CEILING),
                                AmicableAttemptBasis.EXEMPTION,
                                null,
                                AmicableAttemptExemption.CONCILIATOR_UNAVAILABLE,
                                "Conciliateur saisi le 2 mai, première réunion au 1er octobre",
                                false));
    }

    @Test
    void aParticipatoryProcedureStaffDeclareIsAnAttempt() {
        fixture.given(filed())
                .when(new RecordCourtAction(
                        CASE,
                        null,
                        COURT,
                        FILED_ON,
                        null,
                        "Assignation en remboursement",
                        CourtClaim.ofSum(AT_THE_CEILING),
                        "Convention du 3 juin 2031, échec constaté le 30 juin",
                        null,
                        null,
                        null))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(AT_THE_CEILING),
                                AmicableAttemptBasis.PARTICIPATORY_PROCEDURE,
                                null,
                                null,
                                "Convention du 3 juin 2031, échec constaté le 30 juin",
                                false));
    }

    @Test
    void anActionFiledAnywayStaysRecordableWithItsReasonAndCarriesTheRisk() {
        afterAnInadmissibleMediation()
                .when(new RecordCourtAction(
                        CASE,
                        null,
                        COURT,
                        FILED_ON,
                        null,
                        "Assignation en remboursement",
                        CourtClaim.ofSum(AT_THE_CEILING),
                        null,
                        null,
                        null,
                        "Assignation délivrée par l'avocat"))
                .expectEvents(
                        actionRecorded(),
                        new CourtClaimStated(
                                CASE,
                                1,
                                CourtClaim.ofSum(AT_THE_CEILING),
                                AmicableAttemptBasis.NONE,
                                null,
                                null,
                                "Assignation délivrée par l'avocat",
                                true));
    }

    @Test
    void aConciliationIsRequestedThenConcluded() {
        fixture.given(filed())
                .andGivenCommands(new RequestConciliation(
                        CASE, null, "M. Durand, mairie du 11e", LocalDate.of(2031, 6, 1), "CJ-118"))
                .when(new RecordConciliationOutcome(
                        CASE, null, ConciliationOutcome.COMPANY_ABSENT, LocalDate.of(2031, 7, 1), "Constat de carence"))
                .expectEvents(new ConciliationConcluded(
                        CASE, 1, ConciliationOutcome.COMPANY_ABSENT, LocalDate.of(2031, 7, 1), "Constat de carence"));
    }

    @Test
    void aSecondConciliationWaitsForTheFirstOnesOutcome() {
        fixture.given(filed(), new ConciliationRequested(CASE, 1, "M. Durand", LocalDate.of(2031, 6, 1), null))
                .when(new RequestConciliation(CASE, null, "Mme Roux", LocalDate.of(2031, 6, 2), null))
                .expectException(refusedUnder(CaseRule.CONCILIATION_ALREADY_PENDING));
    }

    @Test
    void anOutcomeNeedsAConciliationUnderWay() {
        fixture.given(filed())
                .when(new RecordConciliationOutcome(
                        CASE, null, ConciliationOutcome.AGREEMENT, LocalDate.of(2031, 7, 1), "Accord"))
                .expectException(refusedUnder(CaseRule.NO_PENDING_CONCILIATION));
    }
}
