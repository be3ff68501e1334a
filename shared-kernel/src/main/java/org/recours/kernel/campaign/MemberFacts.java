package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/**
 * The facts a collective file needs of each member, as a checklist: each may still be unknown (null), and
 * {@link #missing()} names those that are.
 *
 * @param subscribedOn        start of the subscription
 * @param plan                the plan subscribed (e.g. "Prime mensuel")
 * @param monthsAffected      months paid with advertising, or with the extra charge paid to avoid it
 * @param extraChargePaid     what the consumer paid to avoid the advertising, in total
 * @param amountClaimed       what the member claims
 * @param evidencePresent     whether the case holds the evidence (invoices, statements, screenshots)
 */
public record MemberFacts(
        LocalDate subscribedOn,
        String plan,
        Integer monthsAffected,
        Money extraChargePaid,
        Money amountClaimed,
        boolean evidencePresent) {

    public static final MemberFacts NONE = new MemberFacts(null, null, null, null, null, false);

    public MemberFacts {
        plan = Require.optionalText("plan", plan, Require.SHORT_TEXT);
        if (monthsAffected != null && (monthsAffected < 0 || monthsAffected > 1200)) {
            throw new InvalidCaseData("monthsAffected", RefusalText.of("check.months-affected", monthsAffected));
        }
    }

    /** The checklist's items still missing, by field name. */
    public java.util.List<String> missing() {
        var missing = new java.util.ArrayList<String>();
        if (subscribedOn == null) {
            missing.add("subscribedOn");
        }
        if (plan == null) {
            missing.add("plan");
        }
        if (monthsAffected == null) {
            missing.add("monthsAffected");
        }
        if (amountClaimed == null) {
            missing.add("amountClaimed");
        }
        if (!evidencePresent) {
            missing.add("evidencePresent");
        }
        return missing;
    }
}
