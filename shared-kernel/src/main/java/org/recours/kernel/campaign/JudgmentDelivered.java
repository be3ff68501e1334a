package org.recours.kernel.campaign;

import java.time.LocalDate;

public record JudgmentDelivered(
        CampaignId campaignId, LocalDate deliveredOn, String summary, LocalDate joiningWindowEndsOn)
        implements CampaignEvent {}
