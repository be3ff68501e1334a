package org.recours.portal.antivirus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** clamd's replies to INSTREAM, as its manual and clamd 1.4 word them. */
class ClamdRepliesTest {

    @Test
    void okIsClean() throws Exception {
        assertThat(Clamd.verdict("stream: OK")).isEqualTo(new Clamd.Clean());
    }

    @Test
    void foundNamesTheSignature() throws Exception {
        assertThat(Clamd.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"))
                .isEqualTo(new Clamd.Infected("Win.Test.EICAR_HDB-1"));
    }

    @Test
    void anErrorIsNeitherCleanNorInfected() {
        assertThatThrownBy(() -> Clamd.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(Clamd.Failed.class)
                .hasMessageContaining("size limit exceeded");
        assertThatThrownBy(() -> Clamd.verdict("")).isInstanceOf(Clamd.Failed.class);
        assertThatThrownBy(() -> Clamd.verdict("stream: OK FOUND ERROR")).isInstanceOf(Clamd.Failed.class);
    }

    @Test
    void settingsNameOneScannerAtMost() {
        assertThat(new ScannerSettings(null, 3310, "", java.time.Duration.ofSeconds(30)).configured())
                .isFalse();
        assertThat(new ScannerSettings(" ", 3310, null, java.time.Duration.ofSeconds(30)).configured())
                .isFalse();
        assertThat(new ScannerSettings("clamav", 3310, null, java.time.Duration.ofSeconds(30)).configured())
                .isTrue();
        assertThatThrownBy(() ->
                        new ScannerSettings("clamav", 3310, "/run/clamav/clamd.ctl", java.time.Duration.ofSeconds(30)))
                .hasMessageContaining("set one of them");
        assertThatThrownBy(() -> new ScannerSettings("clamav", 0, null, java.time.Duration.ofSeconds(30)))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new ScannerSettings("clamav", 3310, null, java.time.Duration.ZERO))
                .hasMessageContaining("timeout");
    }
}
