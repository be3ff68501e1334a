package org.recours.kernel.campaign.query;

import org.recours.kernel.campaign.CampaignId;

/**
 * Open cases against the campaign's company on the same ground that are not members yet, the closest facts to the
 * campaign's breach first; answers a list of {@link SimilarCase}. {@code branch} null looks in every branch.
 */
public record FindSimilarCases(CampaignId campaignId, String branch, int limit) {}
