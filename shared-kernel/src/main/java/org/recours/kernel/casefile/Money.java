package org.recours.kernel.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in euros, to the cent, never negative. */
public record Money(BigDecimal euros) {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Require.present("amount", euros);
        if (euros.signum() < 0) {
            throw new InvalidCaseData("amount", RefusalText.of("check.amount-negative", quoted(euros)));
        }
        if (euros.compareTo(LIMIT) >= 0) {
            throw new InvalidCaseData("amount", RefusalText.of("check.amount-implausible", quoted(euros)));
        }
        if (euros.stripTrailingZeros().scale() > 2) {
            throw new InvalidCaseData("amount", RefusalText.of("check.amount-cents", quoted(euros)));
        }
        euros = euros.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount as typed, unless writing it out would take more than a line (1E+999999999 is a billion digits). */
    private static String quoted(BigDecimal amount) {
        return amount.precision() <= 30 && Math.abs(amount.scale()) <= 30
                ? amount.toPlainString()
                : amount.round(new java.math.MathContext(6)).toString();
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public boolean isAtMost(Money other) {
        return euros.compareTo(other.euros) <= 0;
    }

    /** As French readers write it: {@code 1 234,50 €}. */
    @Override
    public String toString() {
        var format = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(euros).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
