package org.recours.query.campaign;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.campaign.CampaignClosed;
import org.recours.kernel.campaign.CampaignEvent;
import org.recours.kernel.campaign.CampaignOpened;
import org.recours.kernel.campaign.CaseJoinedCampaign;
import org.recours.kernel.campaign.CaseLeftCampaign;
import org.recours.kernel.campaign.CollectiveFormalNoticeSent;
import org.recours.kernel.campaign.CollectiveMediationRequested;
import org.recours.kernel.campaign.ConsentToJoinRecorded;
import org.recours.kernel.campaign.ConsentToJoinWithdrawn;
import org.recours.kernel.campaign.GroupActionBrought;
import org.recours.kernel.campaign.GroupActionStandingRecorded;
import org.recours.kernel.campaign.JudgmentDelivered;
import org.recours.kernel.campaign.MemberFactsRecorded;
import org.recours.kernel.campaign.query.CampaignFigures;
import org.recours.kernel.campaign.query.CampaignFile;
import org.recours.kernel.campaign.query.CampaignMember;
import org.recours.kernel.campaign.query.CampaignSummary;
import org.recours.kernel.campaign.query.FindCampaign;
import org.recours.kernel.campaign.query.FindCampaignFigures;
import org.recours.kernel.campaign.query.FindCampaignMember;
import org.recours.kernel.campaign.query.FindCampaignMemberPage;
import org.recours.kernel.campaign.query.FindCampaignMembers;
import org.recours.kernel.campaign.query.FindCampaigns;
import org.recours.kernel.campaign.query.FindSimilarCases;
import org.recours.kernel.campaign.query.SimilarCase;

/**
 * Keeps each campaign, its members and its collective steps, for the campaign pages and the collective exports.
 * A step already applied (sequence at most the campaign's version) is skipped: a redelivery after a crash.
 */
@ProcessingGroup(CampaignProjection.PROCESSING_GROUP)
public class CampaignProjection {

    public static final String PROCESSING_GROUP = "campaigns";

    private final CampaignTable table;

    public CampaignProjection(CampaignTable table) {
        this.table = table;
    }

    @EventHandler
    void on(CampaignEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event instanceof CampaignOpened opened) {
            if (table.version(opened.campaignId()).isEmpty()) {
                table.open(opened, at);
            }
            return;
        }
        var version = table.version(event.campaignId())
                .orElseThrow(() -> new IllegalStateException("step " + sequence + " of unknown " + event.campaignId()));
        if (sequence <= version) {
            return;
        }
        apply(event);
        table.moved(event.campaignId(), sequence, at);
    }

    private void apply(CampaignEvent event) {
        if (event instanceof GroupActionStandingRecorded standing) {
            table.standing(standing);
        } else if (event instanceof CaseJoinedCampaign joined) {
            table.join(joined);
        } else if (event instanceof CaseLeftCampaign left) {
            table.leave(left);
        } else if (event instanceof MemberFactsRecorded facts) {
            table.facts(facts);
        } else if (event instanceof ConsentToJoinRecorded consent) {
            table.consent(consent.campaignId(), consent.caseId(), consent.consentId(), false);
        } else if (event instanceof ConsentToJoinWithdrawn withdrawn) {
            table.consent(withdrawn.campaignId(), withdrawn.caseId(), withdrawn.consentId(), true);
        } else if (event instanceof CollectiveFormalNoticeSent notice) {
            table.step(
                    notice,
                    "FORMAL_NOTICE",
                    notice.sentOn(),
                    notice.addressee(),
                    notice.trackingNumber() == null
                            ? null
                            : notice.trackingNumber().value());
        } else if (event instanceof CollectiveMediationRequested mediation) {
            table.step(mediation, "MEDIATION", mediation.requestedOn(), mediation.mediator(), mediation.reference());
        } else if (event instanceof GroupActionBrought action) {
            table.step(action, "GROUP_ACTION", action.filedOn(), action.court(), action.reference());
        } else if (event instanceof JudgmentDelivered judgment) {
            table.judgment(judgment);
        } else if (event instanceof CampaignClosed closed) {
            table.close(closed);
        }
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    @QueryHandler
    List<CampaignSummary> handle(FindCampaigns query) {
        return table.summaries();
    }

    @QueryHandler
    CampaignFile handle(FindCampaign query) {
        return table.find(query.campaignId()).orElse(null);
    }

    @QueryHandler
    List<CampaignMember> handle(FindCampaignMembers query) {
        return table.members(query.campaignId(), query.branch());
    }

    @QueryHandler
    List<CampaignMember> handle(FindCampaignMemberPage query) {
        return table.page(query.campaignId(), query.offset(), query.limit());
    }

    @QueryHandler
    CampaignMember handle(FindCampaignMember query) {
        return table.member(query.campaignId(), query.caseId()).orElse(null);
    }

    @QueryHandler
    CampaignFigures handle(FindCampaignFigures query) {
        return table.figures(query.campaignId(), query.from(), query.datesShown());
    }

    @QueryHandler
    List<SimilarCase> handle(FindSimilarCases query) {
        return table.similarCases(query.campaignId(), query.branch(), query.limit());
    }
}
