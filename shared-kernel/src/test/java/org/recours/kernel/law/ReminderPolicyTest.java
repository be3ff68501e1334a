package org.recours.kernel.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private final ReminderPolicy policy = ReminderPolicy.DEFAULT;

    @Test
    void staffAreToldToSendTheLetterFifteenDaysAfterASupportContact() {
        assertThat(policy.supportFollowUpOn(LocalDate.of(2031, 1, 20))).isEqualTo(LocalDate.of(2031, 2, 4));
    }

    @Test
    void theResponseWindowIsRemindedAWeekBeforeItEnds() {
        assertThat(policy.responseWarningOn(LocalDate.of(2031, 3, 10))).isEqualTo(LocalDate.of(2031, 3, 3));
    }

    @Test
    void theYearToSeizeTheMediatorIsRemindedSixtyAndFifteenDaysBeforeItsLastDay() {
        assertThat(policy.mediationLimitWarningsOn(LocalDate.of(2032, 1, 10)))
                .containsExactly(LocalDate.of(2031, 11, 11), LocalDate.of(2031, 12, 26));
    }

    @Test
    void theCompanysSilenceIsRecordedTheDayAfterItsLastDay() {
        assertThat(ReminderPolicy.DEFAULT.responseExpiryOn(LocalDate.of(2027, 3, 31)))
                .isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void theSystemRecordsSilenceOnlyForAWindowWithTheGracePeriodStillToRun() {
        var dueOn = LocalDate.of(2027, 5, 4);

        assertThat(ReminderPolicy.DEFAULT.silenceRecordedBySystem(dueOn, LocalDate.of(2027, 4, 27)))
                .isTrue();
        assertThat(ReminderPolicy.DEFAULT.silenceRecordedBySystem(dueOn, LocalDate.of(2027, 4, 28)))
                .isFalse();
        assertThat(ReminderPolicy.DEFAULT.silenceRecordedBySystem(dueOn, LocalDate.of(2027, 6, 10)))
                .isFalse();
    }

    @Test
    void theMediatorIsLateTheDayAfterItsNinetiethDay() {
        assertThat(policy.mediatorOverdueOn(LocalDate.of(2031, 6, 8))).isEqualTo(LocalDate.of(2031, 6, 9));
    }

    @Test
    void remindersCannotFallOnTheDayOfTheirStep() {
        assertThatThrownBy(() -> new ReminderPolicy(0, 7, List.of(60), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(15, 7, List.of(0), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
