package org.recours.kernel.campaign.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recours.kernel.campaign.MemberFacts;
import org.recours.kernel.casefile.query.CaseStatus;

/**
 * A member and its case: {@code pseudonym} is stable for the campaign's life (its joining order, e.g. M00017) and
 * names the member in exports; {@code consentId} is null until a consent is recorded, and a withdrawn one
 * ({@code consentWithdrawn}) takes the member out of exports and collective steps. {@code consumerId} lets the portal
 * look the consumer's name up in the vault for those allowed to see it. {@code nextDeadlineOn} and {@code nextDeadline}
 * are the case's next legal date and its kind (RESPONSE_DUE, MEDIATION_TIME_LIMIT, MEDIATOR_CONCLUSION), null when
 * none runs: cases keep no limitation date, so these are the response and mediation dates of the case file.
 */
public record CampaignMember(
        String caseId,
        String pseudonym,
        String branch,
        LocalDate joinedOn,
        CaseStatus caseStatus,
        BigDecimal amountAtStake,
        UUID consumerId,
        MemberFacts facts,
        UUID consentId,
        boolean consentWithdrawn,
        LocalDate nextDeadlineOn,
        String nextDeadline) {

    public List<String> missing() {
        var missing = new java.util.ArrayList<>(facts.missing());
        if (!exportable()) {
            missing.add("consent");
        }
        return missing;
    }

    public boolean exportable() {
        return consentId != null && !consentWithdrawn;
    }
}
