package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.StaffMemberId;

/** A supervisor opened a collective file against a company; see {@link OpenCampaign} for its fields. */
public record CampaignOpened(
        CampaignId campaignId,
        String title,
        String companyId,
        String targetedEntity,
        Category ground,
        String breach,
        LocalDate periodFrom,
        LocalDate periodTo,
        String eligibility,
        String legalGrounds,
        StaffMemberId openedBy,
        LocalDate openedOn)
        implements CampaignEvent {}
