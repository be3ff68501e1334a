package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/**
 * Opens a collective file against one company: {@code targetedEntity} is the legal entity the collective letters
 * and the action aim at (one of the company's head offices, e.g. "Amazon Europe Core SARL"); the period concerned
 * runs from {@code periodFrom} to {@code periodTo} (null while the breach goes on).
 */
public record OpenCampaign(
        @TargetAggregateIdentifier CampaignId campaignId,
        String title,
        String companyId,
        String targetedEntity,
        Category ground,
        String breach,
        LocalDate periodFrom,
        LocalDate periodTo,
        String eligibility,
        String legalGrounds)
        implements CampaignCommand {

    public OpenCampaign {
        Require.present("campaignId", campaignId);
        title = Require.text("title", title, Require.SHORT_TEXT);
        companyId = Require.text("companyId", companyId, 100);
        targetedEntity = Require.text("targetedEntity", targetedEntity, Require.SHORT_TEXT);
        Require.present("ground", ground);
        breach = Require.text("breach", breach, Require.LONG_TEXT);
        Require.present("periodFrom", periodFrom);
        if (periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new InvalidCaseData("periodTo", RefusalText.of("check.period-order"));
        }
        eligibility = Require.text("eligibility", eligibility, Require.LONG_TEXT);
        legalGrounds = Require.text("legalGrounds", legalGrounds, Require.LONG_TEXT);
    }
}
