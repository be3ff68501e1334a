package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;

/** One formal notice to the targeted entity for all members; {@code trackingNumber} for a tracked method. */
public record SendCollectiveFormalNotice(
        @TargetAggregateIdentifier CampaignId campaignId,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber)
        implements CampaignCommand {

    public SendCollectiveFormalNotice {
        Require.present("sentOn", sentOn);
        Require.present("method", method);
    }
}
