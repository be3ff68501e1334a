package org.recours.kernel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which steps a case allows, as the case's page offers them and the case refuses the others: the one rule set, tested
 * on the law's day boundaries.
 */
class CaseStepTest {

    private static final CaseId CASE = CaseId.parse("RC-7K2M-9QXD");
    private static final CompanyProfile PRIME_VIDEO = new CompanyProfile(
            "amazon-prime-video",
            "Amazon Prime Video",
            List.of(new HeadOffice(
                    "Amazon Digital France SAS", "67 boulevard du Général Leclerc", "92110", "Clichy", "France")),
            "Médiateur du e-commerce de la FEVAD",
            2);
    private static final LocalDate SENT_ON = LocalDate.of(2027, 1, 30);
    private static final LocalDate DUE_ON = LocalDate.of(2027, 3, 31);

    private static CaseStanding filed() {
        return new CaseStanding(
                CASE,
                PRIME_VIDEO,
                false,
                null,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of());
    }

    private static CaseStanding awaitingTheAnswer() {
        return new CaseStanding(
                CASE,
                PRIME_VIDEO,
                false,
                SENT_ON,
                false,
                false,
                false,
                DUE_ON,
                DUE_ON.plusDays(1),
                SENT_ON.plusYears(1),
                SENT_ON,
                null,
                null,
                null,
                null,
                Set.of(CaseStep.LETTER, CaseStep.DELIVERY));
    }

    private static CaseStanding inMediation() {
        return new CaseStanding(
                CASE,
                PRIME_VIDEO,
                false,
                SENT_ON,
                false,
                false,
                true,
                DUE_ON,
                DUE_ON.plusDays(1),
                SENT_ON.plusYears(1),
                SENT_ON,
                LocalDate.of(2027, 4, 2),
                null,
                null,
                null,
                Set.of(CaseStep.LETTER, CaseStep.DELIVERY, CaseStep.MEDIATION));
    }

    private static CaseStanding closed() {
        return new CaseStanding(
                CASE,
                PRIME_VIDEO,
                true,
                SENT_ON,
                false,
                false,
                true,
                DUE_ON,
                DUE_ON.plusDays(1),
                SENT_ON.plusYears(1),
                SENT_ON,
                null,
                null,
                null,
                null,
                Set.of(CaseStep.LETTER, CaseStep.CLOSURE));
    }

    private static List<CaseStep> offered(CaseStanding standing, LocalDate today, StaffRole role) {
        return Arrays.stream(CaseStep.values())
                .filter(step -> step.offered(standing, today, role).isEmpty())
                .toList();
    }

    @Test
    void theMediatorIsOfferedFromTheDayAfterTheCompanysLastDayAndExplainedBefore() {
        var onTheLastDay = CaseStep.MEDIATION.offered(awaitingTheAnswer(), DUE_ON, StaffRole.STAFF);
        assertThat(onTheLastDay).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo(CaseRule.RESPONSE_WINDOW_OPEN);
            assertThat(refusal.possibleFrom()).contains(LocalDate.of(2027, 4, 1));
            assertThat(refusal.getMessage()).startsWith("La médiation n'est possible qu'à partir du 1er avril 2027");
        });
        assertThat(CaseStep.MEDIATION.offered(awaitingTheAnswer(), DUE_ON.plusDays(1), StaffRole.STAFF))
                .isEmpty();
    }

    @Test
    void aSupervisorIsOfferedTheMediatorEarlyForTheyMayOverrideTheWindow() {
        assertThat(CaseStep.MEDIATION.offered(awaitingTheAnswer(), DUE_ON, StaffRole.SUPERVISOR))
                .isEmpty();
        assertThat(CaseStep.MEDIATION.refusal(awaitingTheAnswer(), DUE_ON)).isPresent();
    }

    @Test
    void theMediatorIsNoLongerOfferedAYearAfterTheWrittenComplaint() {
        var lastDay = SENT_ON.plusYears(1);
        assertThat(CaseStep.MEDIATION.offered(awaitingTheAnswer(), lastDay, StaffRole.STAFF))
                .isEmpty();
        assertThat(CaseStep.MEDIATION.offered(awaitingTheAnswer(), lastDay.plusDays(1), StaffRole.SUPERVISOR))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(CaseRule.MEDIATION_TIME_BARRED));
    }

    @Test
    void aNewCaseOffersItsFirstStepsOnly() {
        assertThat(offered(filed(), SENT_ON, StaffRole.STAFF))
                .containsExactly(
                        CaseStep.HELP_CENTRE,
                        CaseStep.SUPPORT_CONTACT,
                        CaseStep.LETTER,
                        CaseStep.CONCILIATION,
                        CaseStep.COURT,
                        CaseStep.FACTS_KNOWN,
                        CaseStep.NOTE,
                        CaseStep.EVIDENCE,
                        CaseStep.CLOSURE,
                        CaseStep.CORRECT_COMPLAINT);
    }

    @Test
    void aConciliationIsOneAtATimeAndItsOutcomeOnlyWhileOneIsPending() {
        var conciliating = new CaseStanding(
                CASE,
                PRIME_VIDEO,
                false,
                null,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                SENT_ON,
                Set.of());
        assertThat(CaseStep.CONCILIATION_OUTCOME.refusal(filed(), SENT_ON))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(CaseRule.NO_PENDING_CONCILIATION));
        assertThat(CaseStep.CONCILIATION_OUTCOME.refusal(conciliating, SENT_ON)).isEmpty();
        assertThat(CaseStep.CONCILIATION.refusal(conciliating, SENT_ON))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.rule()).isEqualTo(CaseRule.CONCILIATION_ALREADY_PENDING));
    }

    @Test
    void theMediationsOutcomeAndInnerStepsOnlyWhileOneIsPending() {
        assertThat(offered(inMediation(), DUE_ON.plusDays(5), StaffRole.STAFF))
                .contains(
                        CaseStep.MEDIATION_OUTCOME,
                        CaseStep.MEDIATION_FILE_RECEIPT,
                        CaseStep.MEDIATION_SEIZURE_NOTICE,
                        CaseStep.CORRECT_MEDIATION)
                .doesNotContain(CaseStep.MEDIATION, CaseStep.MEDIATION_EXTENSION, CaseStep.SILENCE, CaseStep.REOPENING);
        assertThat(CaseStep.MEDIATION_OUTCOME.offered(awaitingTheAnswer(), DUE_ON, StaffRole.STAFF))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(CaseRule.NO_PENDING_MEDIATION));
    }

    @Test
    void theSilenceIsOfferedFromTheDayAfterTheLastDay() {
        assertThat(CaseStep.SILENCE.offered(awaitingTheAnswer(), DUE_ON, StaffRole.STAFF))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.possibleFrom()).contains(DUE_ON.plusDays(1)));
        assertThat(CaseStep.SILENCE.offered(awaitingTheAnswer(), DUE_ON.plusDays(1), StaffRole.STAFF))
                .isEmpty();
    }

    @Test
    void aClosedCaseOffersItsReopeningAndTheCorrectionOfItsClosureOnly() {
        assertThat(offered(closed(), DUE_ON, StaffRole.SUPERVISOR))
                .containsExactly(CaseStep.REOPENING, CaseStep.CORRECT_CLOSURE);
        assertThat(CaseStep.REOPENING.offered(filed(), DUE_ON, StaffRole.SUPERVISOR))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(CaseRule.CASE_NOT_CLOSED));
    }
}
