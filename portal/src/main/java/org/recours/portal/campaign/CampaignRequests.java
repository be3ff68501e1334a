package org.recours.portal.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.SendingMethod;

/** The JSON bodies of the campaign API. */
final class CampaignRequests {

    private CampaignRequests() {}

    record Open(
            String title,
            String companyId,
            String targetedEntity,
            Category ground,
            String breach,
            LocalDate periodFrom,
            LocalDate periodTo,
            String eligibility,
            String legalGrounds) {}

    record Standing(String approvalNumber, LocalDate approvedOn) {}

    record NewMembers(List<String> caseIds) {}

    record Departure(String reason) {}

    record Facts(
            LocalDate subscribedOn,
            String plan,
            Integer monthsAffected,
            BigDecimal extraChargePaid,
            BigDecimal amountClaimed,
            Boolean evidencePresent) {}

    record Consent(LocalDate givenOn, ContactChannel channel) {}

    record Withdrawal(LocalDate withdrawnOn) {}

    record FormalNotice(LocalDate sentOn, SendingMethod method, String trackingNumber) {}

    record Mediation(String mediator, LocalDate requestedOn, String reference) {}

    record GroupAction(String court, LocalDate filedOn, String reference, String summary) {}

    record Judgment(LocalDate deliveredOn, String summary, LocalDate joiningWindowEndsOn) {}

    record Closure(String reason) {}
}
