package org.recours.kernel.campaign;

import org.recours.kernel.casefile.CaseId;

/** The consumer withdrew their consent: the member stays in the history but leaves every export and collective step. */
public record ConsentToJoinWithdrawn(CampaignId campaignId, CaseId caseId, ConsentId consentId)
        implements CampaignEvent {}
