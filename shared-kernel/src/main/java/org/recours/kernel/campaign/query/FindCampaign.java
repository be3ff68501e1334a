package org.recours.kernel.campaign.query;

import org.recours.kernel.campaign.CampaignId;

/** One campaign as it stands, its collective steps included; answers an optional {@link CampaignFile}. */
public record FindCampaign(CampaignId campaignId) {}
