package org.recours.portal.casefile;

import java.time.LocalDate;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.testing.casefile.ReferenceCase;

/** The reference case's request bodies: a Prime Video subscriber in France who now gets advertising. */
public final class PrimeVideoCase {

    /** Today in Paris, the application's zone, asked at each use: a suite that runs past midnight stays right. */
    public static LocalDate today() {
        return LocalDate.now(AxonConfiguration.PARIS);
    }

    private PrimeVideoCase() {}

    /** The reference case's filing, as {@link ReferenceCase#filing()} writes it. */
    public static String complaint() {
        return ReferenceCase.filing().json();
    }

    public static String complaint(String category, String amount, String facts) {
        return ReferenceCase.filing().about(category, facts).atStake(amount).json();
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
                {"mediator": "Médiateur du e-commerce", "requestedOn": "%s", "reference": "MED-2026-118"}""".formatted(on);
    }

    public static String note(String text) {
        return """
                {"text": "%s"}""".formatted(text);
    }
}
