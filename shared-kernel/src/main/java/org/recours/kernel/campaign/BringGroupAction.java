package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Require;

public record BringGroupAction(
        @TargetAggregateIdentifier CampaignId campaignId,
        String court,
        LocalDate filedOn,
        String reference,
        String summary)
        implements CampaignCommand {

    public BringGroupAction {
        court = Require.text("court", court, Require.SHORT_TEXT);
        Require.present("filedOn", filedOn);
        reference = Require.optionalText("reference", reference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
    }
}
