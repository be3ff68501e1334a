package org.recours.kernel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchGrammarTest {

    @Test
    void aBrandTakesNoArticleAndElidesBeforeAVowelOrAMuteH() {
        assertThat(FrenchGrammar.de("Amazon")).isEqualTo("d'Amazon");
        assertThat(FrenchGrammar.de("Orange")).isEqualTo("d'Orange");
        assertThat(FrenchGrammar.de("Électricité de Strasbourg")).isEqualTo("d'Électricité de Strasbourg");
        assertThat(FrenchGrammar.de("Harmonie Mutuelle")).isEqualTo("d'Harmonie Mutuelle");
        assertThat(FrenchGrammar.de("Netflix")).isEqualTo("de Netflix");
        assertThat(FrenchGrammar.de("Hachette Livre")).isEqualTo("de Hachette Livre");
        assertThat(FrenchGrammar.a("Amazon")).isEqualTo("à Amazon");
    }

    @Test
    void aMediatorIsNamedWithItsArticleContractedWithDeAndA() {
        assertThat(FrenchGrammar.aupresDe("Médiateur du e-commerce de la FEVAD"))
                .isEqualTo("auprès du Médiateur du e-commerce de la FEVAD");
        assertThat(FrenchGrammar.de("Médiatrice de l'eau")).isEqualTo("de la Médiatrice de l'eau");
        assertThat(FrenchGrammar.a("Médiateur des communications électroniques"))
                .isEqualTo("au Médiateur des communications électroniques");
        assertThat(FrenchGrammar.de("Autorité de régulation")).isEqualTo("de l'Autorité de régulation");
        assertThat(FrenchGrammar.capitalised(FrenchGrammar.withArticle("Médiateur du e-commerce de la FEVAD")))
                .isEqualTo("Le Médiateur du e-commerce de la FEVAD");
    }

    @Test
    void aCourtIsNamedWithItsArticle() {
        assertThat(FrenchGrammar.devant("tribunal judiciaire de Nanterre"))
                .isEqualTo("devant le tribunal judiciaire de Nanterre");
        assertThat(FrenchGrammar.a("Tribunal judiciaire de Paris")).isEqualTo("au Tribunal judiciaire de Paris");
        assertThat(FrenchGrammar.de("cour d'appel de Versailles")).isEqualTo("de la cour d'appel de Versailles");
    }

    @Test
    void aNameThatHasItsArticleKeepsIt() {
        assertThat(FrenchGrammar.de("La Poste")).isEqualTo("de La Poste");
        assertThat(FrenchGrammar.de("Le Médiateur de l'énergie")).isEqualTo("du Médiateur de l'énergie");
        assertThat(FrenchGrammar.devant("le tribunal de commerce")).isEqualTo("devant le tribunal de commerce");
        assertThat(FrenchGrammar.de("L'Association des usagers")).isEqualTo("de L'Association des usagers");
        assertThat(FrenchGrammar.de("Les Échos")).isEqualTo("des Échos");
    }

    @Test
    void aFreeTextNeverEndsWithTwoFullStops() {
        assertThat(FrenchGrammar.sentence("Publicités depuis février 2024."))
                .isEqualTo("Publicités depuis février 2024.");
        assertThat(FrenchGrammar.sentence("Publicités depuis février 2024"))
                .isEqualTo("Publicités depuis février 2024.");
        assertThat(FrenchGrammar.sentence("Pourquoi ?")).isEqualTo("Pourquoi ?");
        assertThat(FrenchGrammar.sentence("Et ensuite...")).isEqualTo("Et ensuite...");
        assertThat(FrenchGrammar.withoutFinalStop("Remboursement. ")).isEqualTo("Remboursement");
    }

    @Test
    void aTextAfterAColonGoesOnInLowerCaseUnlessItIsAnAcronym() {
        assertThat(FrenchGrammar.afterColon("Un dossier clos")).isEqualTo("un dossier clos");
        assertThat(FrenchGrammar.afterColon("FEVAD saisie")).isEqualTo("FEVAD saisie");
        assertThat(FrenchGrammar.afterColon("")).isEqualTo("");
    }
}
