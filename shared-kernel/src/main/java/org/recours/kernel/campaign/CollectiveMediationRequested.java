package org.recours.kernel.campaign;

import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.CaseId;

/** The consumer mediator was seized for the members together; {@code reference} is null until it gives one. */
public record CollectiveMediationRequested(
        CampaignId campaignId,
        int stepNumber,
        String mediator,
        LocalDate requestedOn,
        String reference,
        List<CaseId> members)
        implements CollectiveStep {

    public CollectiveMediationRequested {
        members = List.copyOf(members);
    }
}
