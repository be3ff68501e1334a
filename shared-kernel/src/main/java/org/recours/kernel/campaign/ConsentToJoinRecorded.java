package org.recours.kernel.campaign;

import org.recours.kernel.casefile.CaseId;

/** The member's consumer consented to join; the consent itself is in the register under {@code consentId}. */
public record ConsentToJoinRecorded(CampaignId campaignId, CaseId caseId, ConsentId consentId)
        implements CampaignEvent {}
