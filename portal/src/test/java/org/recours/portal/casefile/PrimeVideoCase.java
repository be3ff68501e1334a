package org.recours.portal.casefile;

import java.time.LocalDate;
import org.recours.platform.messaging.AxonConfiguration;

/** The reference case's request bodies: a Prime Video subscriber in France who now gets advertising. */
public final class PrimeVideoCase {

    public static final LocalDate TODAY = LocalDate.now(AxonConfiguration.PARIS);

    private PrimeVideoCase() {
    }

    public static String complaint() {
        return complaint("ADS_IN_PAID_SUBSCRIPTION", "35.88", "Depuis février 2024, des publicités sont diffusées "
                + "dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois.");
    }

    public static String complaint(String category, String amount, String facts) {
        return """
                {"consumer": {"fullName": "Camille Martin", "email": "camille.martin@example.org",
                              "phone": "+33 6 12 34 56 78", "postalAddress": "12 rue des Lilas, 75011 Paris"},
                 "companyId": "amazon-prime-video", "category": "%s", "facts": "%s",
                 "amountAtStake": %s, "desiredOutcome": "Remboursement des mois avec publicité",
                 "branch": "paris-11"}""".formatted(category, facts, amount);
    }

    public static String supportContact(LocalDate on) {
        return """
                {"channel": "CHAT", "contactedOn": "%s", "ticketReference": "D-4471",
                 "summary": "Demande de retrait des publicités sans supplément",
                 "outcome": "Refus : l'option sans publicité est payante"}""".formatted(on);
    }

    public static String letter(String addressee, LocalDate sentOn) {
        return """
                {"addressee": "%s", "sentOn": "%s", "method": "REGISTERED_WITH_ACKNOWLEDGEMENT",
                 "trackingNumber": "1A 123 456 7890 1"}""".formatted(addressee, sentOn);
    }

    public static String delivery(LocalDate on) {
        return """
                {"deliveredOn": "%s"}""".formatted(on);
    }

    public static String mediation(LocalDate on) {
        return """
                {"mediator": "Médiateur du e-commerce", "requestedOn": "%s", "reference": "MED-2026-118"}"""
                .formatted(on);
    }

    public static String note(String text) {
        return """
                {"text": "%s"}""".formatted(text);
    }
}
