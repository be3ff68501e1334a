package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;

public record WithdrawConsentToJoin(
        @TargetAggregateIdentifier CampaignId campaignId, CaseId caseId) implements CampaignCommand {

    public WithdrawConsentToJoin {
        Require.present("caseId", caseId);
    }
}
