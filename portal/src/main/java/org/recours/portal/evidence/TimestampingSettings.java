package org.recours.portal.evidence;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.evidence.timestamping.*}: the RFC 3161 time-stamping authority that dates each evidence bundle's
 * signature. No {@code url}: bundles are not timestamped (their read-me and their verification say so).
 *
 * @param url     the TSA's HTTP address (e.g. a qualified TSA's, for the presumption of reliability of décret
 *                2016-1673); empty for none
 * @param timeout how long an export waits for the TSA before writing the bundle without a timestamp
 */
@ConfigurationProperties("recours.evidence.timestamping")
record TimestampingSettings(URI url, @DefaultValue("10s") Duration timeout) {

    TimestampingSettings {
        if (url != null && !url.toString().isBlank() && !url.getScheme().matches("https?")) {
            throw new IllegalArgumentException("recours.evidence.timestamping.url must be an http(s) address: " + url);
        }
    }
}
