package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;

/**
 * Adds a case to the campaign. The case is described as the read model showed it to the staff member who adds it
 * (its branch, company and whether it is closed): the campaign decides on those facts, the case's own history is
 * not loaded here.
 */
public record JoinCampaign(
        @TargetAggregateIdentifier CampaignId campaignId,
        CaseId caseId,
        BranchId branch,
        String companyId,
        boolean caseClosed)
        implements CampaignCommand {

    public JoinCampaign {
        Require.present("caseId", caseId);
        Require.present("branch", branch);
        companyId = Require.text("companyId", companyId, 100);
    }
}
