package org.recours.kernel.campaign;

import org.recours.kernel.casefile.RefusalText;

/**
 * The rules a campaign's step can break, each with the legal text or the practice it comes from.
 * Their wording is in the {@code refusals} bundles.
 */
public enum CampaignRule {
    CAMPAIGN_CLOSED,
    SUPERVISOR_REQUIRED,
    CLOSED_CASE_CANNOT_JOIN,
    OTHER_COMPANY,
    ALREADY_A_MEMBER,
    NOT_A_MEMBER,
    NO_MEMBERS,
    NO_CONSENT,
    ALREADY_IN_COURT,
    GROUP_ACTION_STANDING_REQUIRED,
    JOINING_WINDOW_CLOSED,
    NOT_IN_COURT,
    DATE_OUT_OF_ORDER;

    /** The rule and where it comes from, in French (the {@code refusals} bundle's {@code campaign-rule.X}). */
    public String explanation() {
        return RefusalText.rule(this, null).french();
    }
}
