package org.recours.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class IntakeSettingsTest {

    private static IntakeSettings mapping(Map<String, String> postcodes) {
        return new IntakeSettings(
                URI.create("https://recours.example.org/"),
                Duration.ofHours(48),
                5,
                Duration.ofDays(30),
                "siege",
                postcodes,
                DataSize.ofMegabytes(30),
                5,
                3,
                20,
                Duration.ofMinutes(10));
    }

    @Test
    void aPostcodeGoesToTheBranchOfItsLongestPrefixElseToTheDefaultBranch() {
        var settings = mapping(Map.of("59", "lille", "591", "roubaix", "75", "paris-11"));
        assertThat(settings.branchFor("59100")).isEqualTo("roubaix");
        assertThat(settings.branchFor("59000")).isEqualTo("lille");
        assertThat(settings.branchFor("75011")).isEqualTo("paris-11");
        assertThat(settings.branchFor("13001")).isEqualTo("siege");
    }

    @Test
    void linksStartWithThePublicAddressWhateverItsTrailingSlash() {
        assertThat(mapping(Map.of()).link("/suivi/abc")).isEqualTo("https://recours.example.org/suivi/abc");
    }

    @Test
    void aPublicAddressOtherThanHttpIsRefusedAtStart() {
        assertThatThrownBy(() -> new IntakeSettings(
                        URI.create("ftp://x"),
                        Duration.ofHours(1),
                        5,
                        Duration.ZERO,
                        "siege",
                        null,
                        DataSize.ofMegabytes(1),
                        1,
                        1,
                        1,
                        Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        var token = Tokens.generate();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Tokens.generate());
        assertThat(Tokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
        assertThat(Tokens.hash("x".repeat(65))).isEqualTo("-");
        assertThat(Tokens.hash(null)).isEqualTo("-");
    }
}
