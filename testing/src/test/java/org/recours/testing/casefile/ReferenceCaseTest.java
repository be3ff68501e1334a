package org.recours.testing.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recours.testing.casefile.ReferenceCase.Consumer;

class ReferenceCaseTest {

    @Test
    void theFilingIsTheRequestBodyTheApiReads() {
        assertThat(ReferenceCase.filing().json())
                .isEqualTo("{\"consumer\": {\"fullName\": \"Camille Martin\", "
                        + "\"email\": \"camille.martin@example.org\", \"phone\": \"+33 6 12 34 56 78\", "
                        + "\"postalAddress\": \"12 rue des Lilas, 75011 Paris\"}, \"companyId\": \"amazon-prime-video\", "
                        + "\"category\": \"ADS_IN_PAID_SUBSCRIPTION\", \"facts\": \"Depuis février 2024, des publicités sont "
                        + "diffusées dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois.\", "
                        + "\"amountAtStake\": 35.88, \"desiredOutcome\": \"Remboursement des mois avec publicité\", "
                        + "\"branch\": \"paris-11\"}");
    }

    @Test
    void aVariantLeavesOutWhatIsUnknownAndEscapesWhatItWrites() {
        var filing = ReferenceCase.briefFiling()
                .by(Consumer.named("Élodie \"Lolo\"").agreeingToReminders(true))
                .withFacts("ligne 1\nligne 2 \\ fin")
                .atStake("-1");

        assertThat(filing.json())
                .startsWith(
                        "{\"consumer\": {\"fullName\": \"Élodie \\\"Lolo\\\"\", " + "\"agreedToReminders\": true}, ")
                .contains(
                        "\"facts\": \"ligne 1\\nligne 2 \\\\ fin\"",
                        "\"amountAtStake\": -1,",
                        "\"desiredOutcome\": \"Remboursement\"");
    }
}
