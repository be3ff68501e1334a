package org.recours.kernel.statistics;

import java.math.BigDecimal;
import java.util.List;

/** The cases' figures, one line per (company, ground of complaint). */
public record CaseStatistics(List<Line> lines) {

    /**
     * {@code medianDaysToClosure} is null while no case of the line is closed; amounts are in euros, obtained by the
     * closed cases (resolved or partly resolved).
     */
    public record Line(
            String company,
            String category,
            long cases,
            long open,
            long resolved,
            long partlyResolved,
            long abandoned,
            Double medianDaysToClosure,
            BigDecimal amountAtStake,
            BigDecimal amountObtained) {}
}
