package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Require;

public record CloseCampaign(@TargetAggregateIdentifier CampaignId campaignId, String reason)
        implements CampaignCommand {

    public CloseCampaign {
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
