package org.recours.kernel.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Require;

public record RecordGroupActionStanding(
        @TargetAggregateIdentifier CampaignId campaignId, GroupActionStanding standing) implements CampaignCommand {

    public RecordGroupActionStanding {
        Require.present("standing", standing);
    }
}
