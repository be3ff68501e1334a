package org.recours.kernel.campaign.query;

import org.recours.kernel.campaign.CampaignId;

/**
 * The campaign's current members (in the order they joined) with their case as it stands; answers a list of
 * {@link CampaignMember}. {@code branch} null lists every branch's.
 */
public record FindCampaignMembers(CampaignId campaignId, String branch) {}
