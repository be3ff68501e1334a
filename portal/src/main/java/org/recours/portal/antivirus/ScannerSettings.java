package org.recours.portal.antivirus;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.scanner.*}: the ClamAV daemon ({@code clamd}) every uploaded document goes through before it is
 * stored. Configured by naming where clamd listens: {@code host} (and {@code port}) for its {@code TCPSocket}, or
 * {@code socket} for its {@code LocalSocket}. Neither: no scanner, documents are stored unscanned and shown
 * "non analysé".
 *
 * @param host    clamd's host name or address; empty for none
 * @param port    clamd's TCP port
 * @param socket  clamd's unix socket (e.g. {@code /run/clamav/clamd.ctl}, Debian's); empty for none
 * @param timeout the longest one document's scan may take, from connecting to clamd's answer; beyond it the upload
 *                is refused as with clamd unreachable
 */
@ConfigurationProperties("recours.scanner")
public record ScannerSettings(
        String host,
        @DefaultValue("3310") int port,
        String socket,
        @DefaultValue("30s") Duration timeout) {

    public ScannerSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        socket = socket == null || socket.isBlank() ? null : socket.strip();
        if (host != null && socket != null) {
            throw new IllegalArgumentException(
                    "recours.scanner.host and recours.scanner.socket name two scanners: " + "set one of them");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("recours.scanner.port must be a TCP port (1-65535): " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("recours.scanner.timeout must be positive: " + timeout);
        }
    }

    public boolean configured() {
        return host != null || socket != null;
    }

    /** Where clamd listens, for the log. */
    String address() {
        return host != null ? host + ":" + port : socket;
    }

    Clamd client() {
        return host != null ? Clamd.tcp(host, port, timeout) : Clamd.unixSocket(Path.of(socket), timeout);
    }
}
