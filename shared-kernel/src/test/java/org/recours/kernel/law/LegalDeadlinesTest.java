package org.recours.kernel.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalDeadlinesTest {

    @Nested
    class TheCompanysResponseWindow {

        @ParameterizedTest(name = "{0} + 2 mois = {1}")
        @CsvSource({
            "2027-01-10, 2027-03-10",
            "2026-12-31, 2027-02-28",
            "2027-12-31, 2028-02-29",
            "2026-12-30, 2027-02-28",
            "2027-12-30, 2028-02-29",
            "2026-12-29, 2027-02-28",
            "2027-12-29, 2028-02-29",
            "2027-02-28, 2027-04-28",
            "2028-02-29, 2028-04-29",
            "2027-08-31, 2027-10-31",
            "2027-07-31, 2027-09-30"
        })
        void endsOnTheSameDayTwoMonthsLaterOrOnTheLastDayOfAShorterMonth(LocalDate receivedOn, LocalDate dueOn) {
            assertThat(LegalDeadlines.responseDeadline(receivedOn, LegalDeadlines.DEFAULT_RESPONSE_WINDOW_MONTHS))
                    .isEqualTo(dueOn);
        }

        @ParameterizedTest(name = "last day {0}: mediation possible from {1}")
        @CsvSource({
            "2027-03-31, 2027-04-01",
            "2027-02-28, 2027-03-01",
            "2028-02-28, 2028-02-29",
            "2028-02-29, 2028-03-01",
            "2027-12-31, 2028-01-01"
        })
        void silenceIsEstablishedTheDayAfterTheLastDayWhichTheCompanyHasInFull(
                LocalDate dueOn, LocalDate possibleFrom) {
            assertThat(LegalDeadlines.dayAfter(dueOn)).isEqualTo(possibleFrom);
            assertThat(LegalDeadlines.mediationPossibleFrom(dueOn, null)).isEqualTo(possibleFrom);
        }

        @Test
        void anAnswerWithinTheWindowOpensMediationOnTheDayItCame() {
            var dueOn = LocalDate.of(2027, 3, 31);

            assertThat(LegalDeadlines.mediationPossibleFrom(dueOn, LocalDate.of(2027, 3, 10)))
                    .isEqualTo(LocalDate.of(2027, 3, 10));
            assertThat(LegalDeadlines.mediationPossibleFrom(dueOn, dueOn)).isEqualTo(dueOn);
            assertThat(LegalDeadlines.mediationPossibleFrom(dueOn, LocalDate.of(2027, 4, 5)))
                    .isEqualTo(LocalDate.of(2027, 4, 1));
        }

        @Test
        void lastsTwoMonthsUnlessTheCompanySaysOtherwise() {
            assertThat(LegalDeadlines.DEFAULT_RESPONSE_WINDOW_MONTHS).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0} + 1 mois = {1}")
        @CsvSource({
            "2027-01-10, 2027-02-10",
            "2027-01-31, 2027-02-28",
            "2028-01-31, 2028-02-29",
            "2027-03-31, 2027-04-30",
            "2027-12-15, 2028-01-15"
        })
        void ofOneMonthEndsOnTheSameDayOfTheNextMonth(LocalDate receivedOn, LocalDate dueOn) {
            assertThat(LegalDeadlines.responseDeadline(receivedOn, 1)).isEqualTo(dueOn);
        }

        @ParameterizedTest(name = "{0} + 3 mois = {1}")
        @CsvSource({
            "2027-01-10, 2027-04-10",
            "2026-11-30, 2027-02-28",
            "2027-11-30, 2028-02-29",
            "2027-10-31, 2028-01-31",
            "2027-05-31, 2027-08-31",
            "2027-03-31, 2027-06-30"
        })
        void ofThreeMonthsEndsOnTheSameDayThreeMonthsLater(LocalDate receivedOn, LocalDate dueOn) {
            assertThat(LegalDeadlines.responseDeadline(receivedOn, 3)).isEqualTo(dueOn);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, -2})
        void ofLessThanOneMonthIsRejected(int windowMonths) {
            var receivedOn = LocalDate.of(2027, 1, 10);

            assertThatThrownBy(() -> LegalDeadlines.responseDeadline(receivedOn, windowMonths))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one month")
                    .hasMessageContaining(String.valueOf(windowMonths));
        }
    }

    @Nested
    class TheOneYearToSeizeTheMediator {

        @ParameterizedTest(name = "réclamation du {0} : médiation possible jusqu'au {1}")
        @CsvSource({
            "2027-03-15, 2028-03-15",
            "2027-12-31, 2028-12-31",
            "2028-02-29, 2029-02-28",
            "2027-02-28, 2028-02-28",
            "2028-03-01, 2029-03-01"
        })
        void endsOnTheSameDayOneYearAfterTheWrittenComplaint(LocalDate writtenComplaintOn, LocalDate lastDay) {
            assertThat(LegalDeadlines.mediationAdmissibleUntil(writtenComplaintOn))
                    .isEqualTo(lastDay);
        }

        @Test
        void isOneYear() {
            assertThat(LegalDeadlines.MEDIATION_ADMISSIBILITY.getYears()).isEqualTo(1);
            assertThat(LegalDeadlines.MEDIATION_ADMISSIBILITY.getMonths()).isZero();
            assertThat(LegalDeadlines.MEDIATION_ADMISSIBILITY.getDays()).isZero();
        }
    }

    @Nested
    class TheMediatorsNinetyDays {

        @ParameterizedTest(name = "dossier complet le {0} : conclusion au plus tard le {1}")
        @CsvSource({
            "2027-03-15, 2027-06-13",
            "2027-11-15, 2028-02-13",
            "2027-12-20, 2028-03-19",
            "2026-12-15, 2027-03-15",
            "2027-01-20, 2027-04-20"
        })
        void areCountedInCalendarDaysAcrossMonthAndYearEnds(LocalDate completeFileOn, LocalDate conclusionDue) {
            assertThat(LegalDeadlines.mediatorConclusionDue(completeFileOn)).isEqualTo(conclusionDue);
        }

        @Test
        void areNinety() {
            assertThat(LegalDeadlines.MEDIATOR_CONCLUSION_DAYS).isEqualTo(90);
        }
    }

    @Nested
    class ThePriorAmicableAttemptBeforeCourt {

        @ParameterizedTest
        @ValueSource(strings = {"0.00", "83.88", "4999.99", "5000", "5000.00"})
        void isRequiredForClaimsOfFiveThousandEurosOrLess(String claim) {
            assertThat(CourtThresholds.requiresPriorAmicableAttempt(new BigDecimal(claim)))
                    .isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5000.01", "5001", "12000.00"})
        void isNotRequiredAboveFiveThousandEuros(String claim) {
            assertThat(CourtThresholds.requiresPriorAmicableAttempt(new BigDecimal(claim)))
                    .isFalse();
        }
    }
}
