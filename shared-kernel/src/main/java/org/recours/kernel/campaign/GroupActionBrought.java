package org.recours.kernel.campaign;

import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.CaseId;

/** The association brought the group action before {@code court}, under its approval {@code approvalNumber}. */
public record GroupActionBrought(
        CampaignId campaignId,
        int stepNumber,
        String court,
        LocalDate filedOn,
        String reference,
        String summary,
        String approvalNumber,
        List<CaseId> members)
        implements CollectiveStep {

    public GroupActionBrought {
        members = List.copyOf(members);
    }
}
