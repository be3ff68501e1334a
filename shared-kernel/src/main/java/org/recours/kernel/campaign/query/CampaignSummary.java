package org.recours.kernel.campaign.query;

import java.time.LocalDate;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignStatus;

public record CampaignSummary(
        CampaignId campaignId,
        String title,
        String companyId,
        String targetedEntity,
        CampaignStatus status,
        int members,
        LocalDate openedOn) {}
