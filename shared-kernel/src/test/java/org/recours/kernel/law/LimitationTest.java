package org.recours.kernel.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitationTest {

    private static final LocalDate KNOWN = LocalDate.of(2026, 3, 10);

    @Test
    void theActionIsTimeBarredFiveYearsAfterTheFactsWereKnownItsLastDayIncluded() {
        assertThat(Limitation.endsOn(KNOWN, List.of())).isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void aMediationEndingLongBeforeTheEndAddsItsLength() {
        var ninetyDays = new Limitation.Suspension(LocalDate.of(2030, 1, 10), LocalDate.of(2030, 4, 10));

        assertThat(Limitation.endsOn(KNOWN, List.of(ninetyDays))).isEqualTo(LocalDate.of(2031, 6, 8));
    }

    /**
     * A conciliation from 10 January to 10 April 2030 and a mediation from 1 March to 10 May 2030 overlap: the period
     * is suspended once, from 10 January to 10 May, not for their lengths added.
     */
    @Test
    void aConciliationAndAMediationThatOverlapSuspendThePeriodOnce() {
        var conciliation = new Limitation.Suspension(LocalDate.of(2030, 1, 10), LocalDate.of(2030, 4, 10));
        var mediation = new Limitation.Suspension(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 5, 10));
        var once = new Limitation.Suspension(LocalDate.of(2030, 1, 10), LocalDate.of(2030, 5, 10));

        assertThat(Limitation.endsOn(KNOWN, List.of(mediation, conciliation)))
                .isEqualTo(Limitation.endsOn(KNOWN, List.of(once)))
                .isEqualTo(LocalDate.of(2031, 7, 8));
    }

    @Test
    void aRunningSuspensionAbsorbsOneBegunDuringIt() {
        var running = new Limitation.Suspension(LocalDate.of(2030, 1, 10), null);
        var within = new Limitation.Suspension(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 3, 1));

        assertThat(Limitation.endsOn(KNOWN, List.of(within, running))).isNull();
    }

    @Test
    void aMediationEndingShortlyBeforeTheEndLeavesSixMonthsAfterIt() {
        var late = new Limitation.Suspension(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 2, 1));

        assertThat(Limitation.endsOn(KNOWN, List.of(late))).isEqualTo(LocalDate.of(2031, 8, 1));
    }

    @Test
    void aRunningMediationFreezesThePeriodAndOneBegunAfterTheEndChangesNothing() {
        assertThat(Limitation.endsOn(KNOWN, List.of(new Limitation.Suspension(LocalDate.of(2030, 1, 10), null))))
                .isNull();
        assertThat(Limitation.endsOn(
                        KNOWN, List.of(new Limitation.Suspension(LocalDate.of(2031, 3, 11), LocalDate.of(2031, 5, 1)))))
                .isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void warningsComeSixMonthsThenOneMonthBefore() {
        assertThat(Limitation.warningsOn(LocalDate.of(2031, 3, 10)))
                .containsExactly(LocalDate.of(2030, 9, 10), LocalDate.of(2031, 2, 10));
    }
}
