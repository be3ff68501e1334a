package org.recours.kernel.casefile;

/**
 * What the consumer asks the court for: the payment of a sum ({@code monetary}, with its {@code amount}) or something
 * else (performance, cancellation…: {@code amount} null). Code de procédure civile, art. 750-1 turns on it.
 */
public record CourtClaim(boolean monetary, Money amount) {

    public CourtClaim {
        if (monetary && amount == null) {
            throw new InvalidCaseData("claimAmount", "Une demande en paiement d'une somme d'argent en donne le montant.");
        }
        if (!monetary && amount != null) {
            throw new InvalidCaseData("claimAmount", "Une demande qui ne porte pas sur une somme d'argent n'a pas de "
                    + "montant : indiquez qu'elle porte sur une somme, ou retirez le montant.");
        }
    }

    public static CourtClaim ofSum(Money amount) {
        return new CourtClaim(true, amount);
    }

    public static CourtClaim notASum() {
        return new CourtClaim(false, null);
    }
}
