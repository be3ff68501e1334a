package org.recours.kernel.campaign.query;

import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.casefile.CaseId;

/** One current member of the campaign and its case; answers an optional {@link CampaignMember}. */
public record FindCampaignMember(CampaignId campaignId, CaseId caseId) {}
