package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;

/** A case became a member of the campaign; {@code branch} is the case's, which decides who sees the member. */
public record CaseJoinedCampaign(CampaignId campaignId, CaseId caseId, BranchId branch, LocalDate joinedOn)
        implements CampaignEvent {}
