package org.recours.kernel.campaign.query;

import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.casefile.Category;

/**
 * A campaign as it stands now. {@code approvalNumber} and its dates are null until the association's standing is
 * recorded; {@code joiningWindowEndsOn} is set by a judgment; {@code closedReason} is null while it is not closed.
 */
public record CampaignFile(
        CampaignId campaignId,
        long version,
        String title,
        String companyId,
        String targetedEntity,
        Category ground,
        String breach,
        LocalDate periodFrom,
        LocalDate periodTo,
        String eligibility,
        String legalGrounds,
        CampaignStatus status,
        String openedBy,
        LocalDate openedOn,
        String approvalNumber,
        LocalDate approvedOn,
        LocalDate approvalValidUntil,
        LocalDate judgmentOn,
        String judgmentSummary,
        LocalDate joiningWindowEndsOn,
        String closedReason,
        int members,
        List<CollectiveStepView> steps) {

    /** A step taken together: {@code kind} is FORMAL_NOTICE, MEDIATION or GROUP_ACTION. */
    public record CollectiveStepView(
            int stepNumber, String kind, LocalDate on, String addressee, String reference, int members) {}
}
