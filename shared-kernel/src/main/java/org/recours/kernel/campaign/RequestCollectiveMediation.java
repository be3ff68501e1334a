package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Require;

public record RequestCollectiveMediation(
        @TargetAggregateIdentifier CampaignId campaignId, String mediator, LocalDate requestedOn, String reference)
        implements CampaignCommand {

    public RequestCollectiveMediation {
        mediator = Require.text("mediator", mediator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
    }
}
