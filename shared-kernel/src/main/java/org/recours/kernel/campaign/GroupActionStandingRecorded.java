package org.recours.kernel.campaign;

import java.time.LocalDate;

/** The association's approval for group actions, with its last valid day (five years after it was granted). */
public record GroupActionStandingRecorded(
        CampaignId campaignId, String approvalNumber, LocalDate approvedOn, LocalDate validUntil)
        implements CampaignEvent {}
