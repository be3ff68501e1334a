package org.recours.kernel.campaign;

/**
 * A step of a campaign's history, recorded for good. Like a case's events, none carries personal data: members are
 * named by their case reference, consents by their {@link ConsentId}.
 */
public sealed interface CampaignEvent
        permits CampaignOpened,
                GroupActionStandingRecorded,
                CaseJoinedCampaign,
                CaseLeftCampaign,
                MemberFactsRecorded,
                ConsentToJoinRecorded,
                ConsentToJoinWithdrawn,
                CollectiveStep,
                JudgmentDelivered,
                CampaignClosed {

    CampaignId campaignId();
}
