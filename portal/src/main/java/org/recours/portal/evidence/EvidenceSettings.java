package org.recours.portal.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code recours.evidence.max-size}: the largest evidence document accepted, by the API, the pages and the consumers'
 * submissions alike (413 beyond); also the servlet container's limit for one uploaded file
 * ({@link UploadLimitConfiguration}). The evidence's signing and time-stamping have settings records of their own.
 *
 * @param maxSize largest evidence document
 */
@ConfigurationProperties("recours.evidence")
public record EvidenceSettings(@DefaultValue("20MB") DataSize maxSize) {

    public EvidenceSettings {
        if (maxSize == null || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("recours.evidence.max-size must be at least 1 byte: " + maxSize);
        }
    }
}
