package org.recours.kernel.campaign;

/** Marker of the intents on a campaign; each names its campaign. */
public interface CampaignCommand {

    CampaignId campaignId();
}
