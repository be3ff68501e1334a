package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;

public record LeaveCampaign(@TargetAggregateIdentifier CampaignId campaignId, CaseId caseId, String reason)
        implements CampaignCommand {

    public LeaveCampaign {
        Require.present("caseId", caseId);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
