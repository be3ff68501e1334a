package org.recours.kernel.campaign.query;

import org.recours.kernel.campaign.CampaignId;

/**
 * One page of the campaign's current members, in the order they joined: {@code limit} members after the first
 * {@code offset}; answers a list of {@link CampaignMember}. What a page shows, without reading the others.
 */
public record FindCampaignMemberPage(CampaignId campaignId, int offset, int limit) {}
