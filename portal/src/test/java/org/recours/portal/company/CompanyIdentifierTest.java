package org.recours.portal.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.portal.web.UnreadableEntry;

/** A company added on the pages takes an identifier made from its name, as the API and filing form name it. */
class CompanyIdentifierTest {

    @Test
    void theIdentifierIsTheNameInLowerCaseWithoutAccentsSpacesOrPunctuation() {
        assertThat(CompanyPages.identifier("Amazon Prime Vidéo")).isEqualTo("amazon-prime-video");
        assertThat(CompanyPages.identifier("  SFR — L'Altice (France) ")).isEqualTo("sfr-l-altice-france");
    }

    @Test
    void aNameWithoutLetterOrDigitGivesNoIdentifier() {
        assertThatThrownBy(() -> CompanyPages.identifier("« — »"))
                .isInstanceOf(InvalidCaseData.class)
                .isInstanceOfSatisfying(
                        UnreadableEntry.class,
                        refusal -> assertThat(refusal.getCodes()).containsExactly("company.name.unreadable"));
    }
}
