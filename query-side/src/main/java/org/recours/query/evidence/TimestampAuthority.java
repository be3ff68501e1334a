package org.recours.query.evidence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.recours.kernel.casefile.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RFC 3161 time-stamping authority (TSA) that dates each bundle's signature, or none. The association picks the
 * TSA (a qualified one gives an export the presumption of reliability of décret 2016-1673); the token it answers is
 * kept in the bundle as {@code manifest.sha256.p7s.tsr} and checked offline, also by {@code openssl ts -verify}.
 */
public final class TimestampAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(TimestampAuthority.class);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    private TimestampAuthority(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = url == null
                ? null
                : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** No TSA: bundles are not timestamped, and their read-me and verification say so. */
    public static TimestampAuthority none() {
        return new TimestampAuthority(null, Duration.ZERO);
    }

    public static TimestampAuthority at(URI url, Duration timeout) {
        return new TimestampAuthority(url, timeout);
    }

    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /**
     * The TSA's response (DER, an RFC 3161 TimeStampResp) for the SHA-256 of {@code data}, checked against the
     * request; empty when no TSA is configured or it did not answer properly (logged: the bundle is then written
     * without a timestamp, which its verification reports).
     */
    public Optional<byte[]> stamp(byte[] data) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            var generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            var request = generator.generate(
                    NISTObjectIdentifiers.id_sha256,
                    java.util.HexFormat.of().parseHex(Sha256.of(data).hex()),
                    new BigInteger(64, NONCES));
            var answer = http.send(
                    HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                LOG.warn(
                        "The time-stamping authority {} answered HTTP {}: bundle not timestamped",
                        url,
                        answer.statusCode());
                return Optional.empty();
            }
            var response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                LOG.warn("The time-stamping authority {} refused: {}", url, response.getStatusString());
                return Optional.empty();
            }
            return Optional.of(response.getEncoded());
        } catch (IOException | TSPException | RuntimeException e) {
            LOG.warn(
                    "The time-stamping authority {} could not be used: {}: bundle not timestamped",
                    url,
                    e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
