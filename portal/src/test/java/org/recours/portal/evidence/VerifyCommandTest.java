package org.recours.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code java -jar recours.jar verify}: its options and exit statuses, the same as docs/verify-evidence.py's. */
class VerifyCommandTest {

    @Test
    void helpPrintsTheOptionsAndTheExitStatuses() {
        var out = new ByteArrayOutputStream();

        var status = VerifyCommand.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--certificate", "--accept-untrusted-signer", "3 intact but its signer was not checked");
    }

    @Test
    void aMissingBundleOrAnUnknownOptionIsAUsageError() {
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(VerifyCommand.run(new String[] {}, print)).isEqualTo(2);
        assertThat(VerifyCommand.run(new String[] {"a.zip", "--certificat", "x.pem"}, print))
                .isEqualTo(2);
        assertThat(VerifyCommand.run(new String[] {"does-not-exist-preuves.zip"}, print))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:", "FAIL cannot read");
    }
}
