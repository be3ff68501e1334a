package org.recours.command.casefile;

import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.ConciliationOutcomeCorrected;
import org.recours.kernel.casefile.ConciliationRequestCorrected;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.CorrectConciliationOutcome;
import org.recours.kernel.casefile.CorrectConciliationRequest;
import org.recours.kernel.casefile.CorrectCourtClaim;
import org.recours.kernel.casefile.CorrectLetterReturn;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimCorrected;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.LetterReturnCorrected;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordLetterReturn;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.testing.time.MovableClock;

/**
 * ADR 24: the court stage's steps are corrected like the others (ADR 13) — a returned letter, a conciliation's request
 * and outcome, a court action's claim — each naming its entry, with the step as it now stands and why; the corrected
 * facts drive what follows from them (the response window, CPC art. 750-1).
 */
class ComplaintCaseCourtStageCorrectionsTest {

    private static final Map<String, String> AS_STAFF = Map.of(
            ActorMetaData.STAFF_MEMBER,
            "marie",
            ActorMetaData.STAFF_ROLE,
            StaffRole.STAFF.name(),
            ActorMetaData.STAFF_BRANCH,
            "paris-11");

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2028, 9, 25), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.onWorkingDays(clock);
    }

    @Nested
    class AReturnedLetter {

        private static final LocalDate SENT = LocalDate.of(2028, 9, 6);
        private static final LocalDate PRESENTED = LocalDate.of(2028, 9, 8);
        private static final LocalDate RETURNED = LocalDate.of(2028, 9, 24);

        /** Entries: 0 filed, 1 the letter, 2 its return. */
        private TestExecutor<ComplaintCase> returned() {
            return fixture.given(filed())
                    .andGivenCommands(
                            new RecordLetterSent(
                                    CASE,
                                    null,
                                    "Amazon Digital France SAS",
                                    SENT,
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    new TrackingNumber("1A12345678901")),
                            new RecordLetterReturn(CASE, null, 1, LetterReturnReason.UNCLAIMED, PRESENTED, RETURNED));
        }

        @Test
        void presentedEarlierMovesTheResponseWindowAndItsReminders() {
            returned()
                    .when(
                            new CorrectLetterReturn(
                                    CASE,
                                    null,
                                    2,
                                    LetterReturnReason.UNCLAIMED,
                                    LocalDate.of(2028, 9, 7),
                                    RETURNED,
                                    "Date de l'avis de passage relue"),
                            AS_STAFF)
                    .expectEvents(new LetterReturnCorrected(
                            CASE,
                            2,
                            1,
                            LetterReturnReason.UNCLAIMED,
                            LocalDate.of(2028, 9, 7),
                            RETURNED,
                            LocalDate.of(2028, 11, 7),
                            "Date de l'avis de passage relue"))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2028, 11, 8)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2028, 11, 7),
                                    LocalDate.of(2028, 11, 8)))
                    .expectNoScheduledDeadlineWithName(eightAm(LocalDate.of(2028, 11, 9)), "RESPONSE_DEADLINE");
        }

        @Test
        void presentedOnTheDayItWasSentIsAcceptedAndTheDayBeforeIsRefused() {
            returned()
                    .when(
                            new CorrectLetterReturn(CASE, null, 2, LetterReturnReason.REFUSED, SENT, RETURNED, "Relu"),
                            AS_STAFF)
                    .expectEvents(new LetterReturnCorrected(
                            CASE, 2, 1, LetterReturnReason.REFUSED, SENT, RETURNED, LocalDate.of(2028, 11, 6), "Relu"));

            setUp();
            returned()
                    .when(
                            new CorrectLetterReturn(
                                    CASE, null, 2, LetterReturnReason.REFUSED, SENT.minusDays(1), RETURNED, "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void returnedBeforeItsPresentationIsRefused() {
            returned()
                    .when(
                            new CorrectLetterReturn(
                                    CASE,
                                    null,
                                    2,
                                    LetterReturnReason.UNCLAIMED,
                                    PRESENTED,
                                    PRESENTED.minusDays(1),
                                    "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void aCorrectionThatChangesNothingOrNamesTheSendingIsRefused() {
            returned()
                    .when(
                            new CorrectLetterReturn(
                                    CASE, null, 2, LetterReturnReason.UNCLAIMED, PRESENTED, RETURNED, "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));

            setUp();
            returned()
                    .when(
                            new CorrectLetterReturn(
                                    CASE, null, 1, LetterReturnReason.UNCLAIMED, PRESENTED, RETURNED, "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }

        @Test
        void theSystemNeverCorrects() {
            returned()
                    .when(new CorrectLetterReturn(
                            CASE, null, 2, LetterReturnReason.REFUSED, PRESENTED, RETURNED, "Relu"))
                    .expectException(refusedUnder(CaseRule.CORRECTION_REQUIRES_SUPERVISOR));
        }
    }

    @Nested
    class AConciliation {

        private static final LocalDate REQUESTED = LocalDate.of(2028, 6, 1);
        private static final LocalDate CONCLUDED = LocalDate.of(2028, 7, 3);

        /** Entries: 0 filed, 1 the request, 2 its outcome. */
        private TestExecutor<ComplaintCase> concluded() {
            return fixture.given(
                    filed(),
                    new ConciliationRequested(CASE, 1, "M. Durand", REQUESTED, null),
                    new ConciliationConcluded(CASE, 1, ConciliationOutcome.NO_AGREEMENT, CONCLUDED, "Pas d'accord"));
        }

        @Test
        void itsRequestMayBeCorrectedUpToTheDayItEnded() {
            concluded()
                    .when(
                            new CorrectConciliationRequest(
                                    CASE, null, 1, "Mme Roux", CONCLUDED, "CJ-118", "Courrier de saisine relu"),
                            AS_STAFF)
                    .expectEvents(new ConciliationRequestCorrected(
                            CASE, 1, 1, "Mme Roux", CONCLUDED, "CJ-118", "Courrier de saisine relu"));

            setUp();
            concluded()
                    .when(
                            new CorrectConciliationRequest(
                                    CASE, null, 1, "Mme Roux", CONCLUDED.plusDays(1), null, "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void itsOutcomeMayEndOnTheDayOfTheRequestButNotTheDayBefore() {
            concluded()
                    .when(
                            new CorrectConciliationOutcome(
                                    CASE,
                                    null,
                                    2,
                                    ConciliationOutcome.COMPANY_ABSENT,
                                    REQUESTED,
                                    "Constat de carence",
                                    "Constat relu"),
                            AS_STAFF)
                    .expectEvents(new ConciliationOutcomeCorrected(
                            CASE,
                            2,
                            1,
                            ConciliationOutcome.COMPANY_ABSENT,
                            REQUESTED,
                            "Constat de carence",
                            "Constat relu"));

            setUp();
            concluded()
                    .when(
                            new CorrectConciliationOutcome(
                                    CASE,
                                    null,
                                    2,
                                    ConciliationOutcome.COMPANY_ABSENT,
                                    REQUESTED.minusDays(1),
                                    "Constat de carence",
                                    "Constat relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void theRequestIsNotItsOutcomeNorTheOutcomeItsRequest() {
            concluded()
                    .when(
                            new CorrectConciliationOutcome(
                                    CASE, null, 1, ConciliationOutcome.AGREEMENT, CONCLUDED, "Accord", "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));

            setUp();
            concluded()
                    .when(new CorrectConciliationRequest(CASE, null, 2, "M. Durand", REQUESTED, null, "Relu"), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }

        @Test
        void theFutureIsRefusedNamingTheField() {
            concluded()
                    .when(
                            new CorrectConciliationOutcome(
                                    CASE,
                                    null,
                                    2,
                                    ConciliationOutcome.AGREEMENT,
                                    LocalDate.of(2028, 9, 26),
                                    "Accord",
                                    "Relu"),
                            AS_STAFF)
                    .expectException(InvalidCaseData.class);
        }
    }

    @Nested
    class ACourtClaim {

        private static final LocalDate FILED_ON = LocalDate.of(2028, 9, 20);

        /** Entries: 0 filed, 1 and 2 a conciliation, 3 the action, 4 its claim (above the ceiling). */
        private TestExecutor<ComplaintCase> claimedAboveTheCeiling(LocalDate conciliationEndedOn) {
            return fixture.given(
                    filed(),
                    new ConciliationRequested(CASE, 1, "M. Durand", LocalDate.of(2028, 6, 1), null),
                    new ConciliationConcluded(
                            CASE, 1, ConciliationOutcome.NO_AGREEMENT, conciliationEndedOn, "Pas d'accord"),
                    new CourtActionRecorded(CASE, "Tribunal judiciaire de Nanterre", FILED_ON, null, "Assignation"),
                    new CourtClaimStated(
                            CASE,
                            1,
                            CourtClaim.ofSum(Money.euros("5000.01")),
                            AmicableAttemptBasis.NOT_REQUIRED,
                            null,
                            null,
                            null,
                            false));
        }

        @Test
        void correctedToTheCeilingItRestsOnAConciliationEndedOnTheFilingDay() {
            claimedAboveTheCeiling(FILED_ON)
                    .when(
                            new CorrectCourtClaim(
                                    CASE,
                                    null,
                                    4,
                                    CourtClaim.ofSum(Money.euros("5000.00")),
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Montant de l'assignation relu"),
                            AS_STAFF)
                    .expectEvents(new CourtClaimCorrected(
                            CASE,
                            4,
                            1,
                            CourtClaim.ofSum(Money.euros("5000.00")),
                            AmicableAttemptBasis.CONCILIATION,
                            FILED_ON,
                            null,
                            null,
                            false,
                            "Montant de l'assignation relu"));
        }

        @Test
        void correctedToTheCeilingWithTheConciliationEndedTheDayAfterItNeedsAReasonAndShowsTheRisk() {
            claimedAboveTheCeiling(FILED_ON.plusDays(1))
                    .when(
                            new CorrectCourtClaim(
                                    CASE,
                                    null,
                                    4,
                                    CourtClaim.ofSum(Money.euros("5000.00")),
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Montant relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.PRIOR_AMICABLE_ATTEMPT_REQUIRED));

            setUp();
            claimedAboveTheCeiling(FILED_ON.plusDays(1))
                    .when(
                            new CorrectCourtClaim(
                                    CASE,
                                    null,
                                    4,
                                    CourtClaim.ofSum(Money.euros("5000.00")),
                                    null,
                                    null,
                                    null,
                                    "Assignation délivrée en urgence par l'avocat",
                                    "Montant relu"),
                            AS_STAFF)
                    .expectEvents(new CourtClaimCorrected(
                            CASE,
                            4,
                            1,
                            CourtClaim.ofSum(Money.euros("5000.00")),
                            AmicableAttemptBasis.NONE,
                            null,
                            null,
                            "Assignation délivrée en urgence par l'avocat",
                            true,
                            "Montant relu"));
        }

        @Test
        void theActionItselfIsNotItsClaimAndAnUnchangedClaimIsRefused() {
            claimedAboveTheCeiling(FILED_ON)
                    .when(
                            new CorrectCourtClaim(CASE, null, 3, CourtClaim.notASum(), null, null, null, null, "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));

            setUp();
            claimedAboveTheCeiling(FILED_ON)
                    .when(
                            new CorrectCourtClaim(
                                    CASE,
                                    null,
                                    4,
                                    CourtClaim.ofSum(Money.euros("5000.01")),
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));
        }
    }
}
