package org.recours.kernel.casefile;

/**
 * What the consumer asks the court for: the payment of a sum ({@code monetary}, with its {@code amount}) or something
 * else (performance, cancellation…: {@code amount} null). Code de procédure civile, art. 750-1 turns on it.
 */
public record CourtClaim(boolean monetary, Money amount) {

    public CourtClaim {
        if (monetary && amount == null) {
            throw new InvalidCaseData("claimAmount", RefusalText.of("check.claim-amount"));
        }
        if (!monetary && amount != null) {
            throw new InvalidCaseData("claimAmount", RefusalText.of("check.claim-not-monetary"));
        }
    }

    public static CourtClaim ofSum(Money amount) {
        return new CourtClaim(true, amount);
    }

    public static CourtClaim notASum() {
        return new CourtClaim(false, null);
    }
}
