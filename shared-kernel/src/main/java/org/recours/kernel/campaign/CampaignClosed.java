package org.recours.kernel.campaign;

import java.time.LocalDate;

public record CampaignClosed(CampaignId campaignId, String reason, LocalDate closedOn) implements CampaignEvent {}
