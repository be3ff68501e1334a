package org.recours.portal.campaign;

import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

/** The reference campaign's request bodies: the advertising put into paid Prime Video subscriptions. */
public final class PrimeVideoAdsCampaign {

    private PrimeVideoAdsCampaign() {}

    public static String opening() {
        return """
                {"title": "%s", "companyId": "%s",
                 "targetedEntity": "%s", "ground": "ADS_IN_PAID_SUBSCRIPTION",
                 "breach": "Publicités dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois",
                 "periodFrom": "2024-02-05", "eligibility": "Abonnés à Prime Video avant le 9 avril 2024",
                 "legalGrounds": "Code de la consommation, art. R212-1 3° : modification unilatérale du service"}""".formatted(CAMPAIGN_TITLE, COMPANY_ID, LUXEMBOURG.entity());
    }

    public static String facts(String amountClaimed, boolean evidencePresent) {
        return """
                {"subscribedOn": "2021-09-01", "plan": "Prime mensuel", "monthsAffected": 18,
                 "extraChargePaid": 35.82, "amountClaimed": %s, "evidencePresent": %s}""".formatted(amountClaimed, evidencePresent);
    }

    public static String consent(java.time.LocalDate on) {
        return """
                {"givenOn": "%s", "channel": "EMAIL"}""".formatted(on);
    }
}
