package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.recours.kernel.casefile.CaseId;

public record CaseLeftCampaign(CampaignId campaignId, CaseId caseId, String reason, LocalDate leftOn)
        implements CampaignEvent {}
