package org.recours.kernel.campaign;

import org.recours.kernel.casefile.CaseId;

/** The member's checklist as it now stands (it replaces the one recorded before). */
public record MemberFactsRecorded(CampaignId campaignId, CaseId caseId, MemberFacts facts) implements CampaignEvent {}
