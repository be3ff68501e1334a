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
 * look the consumer's name up in the vault for those allowed to see it.
 */
public record CampaignMember(String caseId, String pseudonym, String branch, LocalDate joinedOn, CaseStatus caseStatus,
                             BigDecimal amountAtStake, UUID consumerId, MemberFacts facts, UUID consentId,
                             boolean consentWithdrawn) {

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
