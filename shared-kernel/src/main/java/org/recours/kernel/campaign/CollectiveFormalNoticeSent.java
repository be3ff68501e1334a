package org.recours.kernel.campaign;

import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;

/** The collective formal notice went to the targeted entity, listing its members. */
public record CollectiveFormalNoticeSent(
        CampaignId campaignId,
        int stepNumber,
        String addressee,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber,
        List<CaseId> members)
        implements CollectiveStep {

    public CollectiveFormalNoticeSent {
        members = List.copyOf(members);
    }
}
