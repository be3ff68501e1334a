package org.recours.kernel.campaign;

/** Where a campaign stands, from its opening to its closure; it only moves forward. */
public enum CampaignStatus {
    OPEN,
    FORMAL_NOTICE_SENT,
    IN_MEDIATION,
    IN_COURT,
    JUDGMENT,
    CLOSED
}
