package org.recours.testing.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check finds each class of error issue 16 found, and lets correct French through. */
class FrenchTypographyTest {

    @Test
    void eachErrorOfIssue16IsFound() {
        assertThat(FrenchTypography.problems("Le médiateur Médiateur du e-commerce de la FEVAD a été saisi."))
                .singleElement()
                .asString()
                .startsWith("mot répété");
        assertThat(FrenchTypography.problems("Les faits : publicités depuis 2024.. Merci."))
                .singleElement()
                .asString()
                .startsWith("point doublé");
        assertThat(FrenchTypography.problems("Lettre envoyée le 2026-11-02 au siège."))
                .singleElement()
                .asString()
                .startsWith("date ISO");
        assertThat(FrenchTypography.problems("Durée moyenne : 0.0 jour."))
                .singleElement()
                .asString()
                .startsWith("séparateur décimal anglais");
        assertThat(FrenchTypography.problems("capture.png (21,195 octets)"))
                .singleElement()
                .asString()
                .startsWith("séparateur de milliers anglais");
        assertThat(FrenchTypography.problems("La date « contactedOn » est invalide."))
                .singleElement()
                .asString()
                .startsWith("nom de champ JSON");
        assertThat(FrenchTypography.problems("Objet: réclamation"))
                .singleElement()
                .asString()
                .startsWith("deux-points sans espace");
        assertThat(FrenchTypography.problems("Le dossier est clos : Un dossier clos ne peut…"))
                .singleElement()
                .asString()
                .startsWith("majuscule après deux-points");
        assertThat(FrenchTypography.problems("La date «contactedOn» est invalide."))
                .hasSize(3);
        assertThat(FrenchTypography.englishProblems("Letter sent on 2026-11-02."))
                .hasSize(1);
    }

    @Test
    void correctFrenchPassesThrough() {
        assertThat(FrenchTypography.problems("Paris, le 1er mars 2027. Nous nous permettons d'écrire au Médiateur "
                        + "du e-commerce de la FEVAD (article L612-2) : le montant s'élève à 35,88 €, soit 21 195 octets. "
                        + "Et ensuite... https://example.org « D-4471 »"))
                .isEmpty();
    }
}
