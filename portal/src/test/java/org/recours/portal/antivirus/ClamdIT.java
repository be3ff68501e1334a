package org.recours.portal.antivirus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recours.testing.TestClamd;

/** The client against a real clamd (Debian's), started with the EICAR signature only. */
class ClamdIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final TestClamd CLAMD = TestClamd.start();

    @AfterAll
    static void stopClamd() {
        CLAMD.close();
    }

    private static Clamd tcp() {
        return Clamd.tcp(CLAMD.host(), CLAMD.port(), TIMEOUT);
    }

    @Test
    void aCleanDocumentIsCleanOverTcpAndOverTheUnixSocket() throws IOException {
        var letter = "Madame, Monsieur, je conteste les publicités de mon abonnement.".getBytes(StandardCharsets.UTF_8);
        assertThat(tcp().scan(letter)).isEqualTo(new Clamd.Clean());
        assertThat(Clamd.unixSocket(CLAMD.socket(), TIMEOUT).scan(letter)).isEqualTo(new Clamd.Clean());
    }

    @Test
    void theEicarTestFileIsFoundAloneAndInsideALargerDocument() throws IOException {
        assertThat(tcp().scan(TestClamd.eicar())).isEqualTo(new Clamd.Infected(TestClamd.EICAR_FOUND));
        var large = new byte[3 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        System.arraycopy(TestClamd.eicar(), 0, large, 200_000, TestClamd.eicar().length);
        assertThat(Clamd.unixSocket(CLAMD.socket(), TIMEOUT).scan(large))
                .isEqualTo(new Clamd.Infected(TestClamd.EICAR_FOUND));
        large[200_000] = 'b';
        assertThat(tcp().scan(large)).isEqualTo(new Clamd.Clean());
    }

    @Test
    void itNamesItsEngineAndAnswersPing() throws IOException {
        assertThat(tcp().version()).startsWith("ClamAV ");
        assertThat(tcp().ping()).isTrue();
    }

    @Test
    void aStreamBeyondClamdsLimitIsAnErrorNotAVerdict() throws IOException {
        try (var strict = TestClamd.start("StreamMaxLength 1M")) {
            var client = Clamd.tcp(strict.host(), strict.port(), TIMEOUT);
            assertThatThrownBy(() -> client.scan(new byte[3 * 1024 * 1024]))
                    .isInstanceOf(Clamd.Failed.class)
                    .hasMessageContaining("size limit exceeded");
            assertThat(client.scan(new byte[100_000])).isEqualTo(new Clamd.Clean());
        }
    }

    @Test
    void nothingListeningIsAnErrorAtOnce() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var client = Clamd.tcp("127.0.0.1", port, TIMEOUT);
        assertThatThrownBy(() -> client.scan(new byte[10])).isInstanceOf(ConnectException.class);
        assertThat(client.ping()).isFalse();
    }

    @Test
    void aScannerThatNeverAnswersIsLeftAfterTheTimeout() throws IOException {
        try (var silent = new ServerSocket(0)) {
            var client = Clamd.tcp("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(500));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.scan(new byte[10])).isInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
        }
    }
}
