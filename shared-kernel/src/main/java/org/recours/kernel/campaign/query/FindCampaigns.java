package org.recours.kernel.campaign.query;

/** Every campaign, the most recently changed first; answers a list of {@link CampaignSummary}. */
public record FindCampaigns() {}
