package org.recours.portal.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.InvalidCaseData;

/** A company added on the pages takes an identifier made from its name, as the API and filing form name it. */
class CompanyIdentifierTest {

    @Test
    void theIdentifierIsTheNameInLowerCaseWithoutAccentsSpacesOrPunctuation() {
        assertThat(CompanyPages.identifier("Amazon Prime Vidéo")).isEqualTo("amazon-prime-video");
        assertThat(CompanyPages.identifier("  SFR — L'Altice (France) ")).isEqualTo("sfr-l-altice-france");
    }

    @Test
    void aNameWithoutLetterOrDigitGivesNoIdentifier() {
        assertThatThrownBy(() -> CompanyPages.identifier("« — »")).isInstanceOf(InvalidCaseData.class)
                .hasMessageContaining("au moins une lettre ou un chiffre");
    }
}
