package org.recours.kernel.campaign.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.query.CaseStatus;

/**
 * A campaign's figures over all its current members: how many, how many may be exported (their consent stands), the
 * total claimed, the members per stage of their case (in the stages' order), and the members' coming legal dates, the
 * nearest first.
 */
public record CampaignFigures(
        int members,
        int exportable,
        BigDecimal totalClaimed,
        Map<CaseStatus, Integer> perStage,
        List<ComingDate> coming) {

    /** A member case's next legal date ({@code kind} as the case list names it) and whose it is. */
    public record ComingDate(LocalDate on, String kind, String pseudonym, String caseId) {}
}
