package org.recours.portal.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code recours.api.*}.
 *
 * @param maxBodySize largest request body of the API other than an upload (413 beyond; uploads have
 *                    {@code recours.evidence.max-size})
 */
@ConfigurationProperties("recours.api")
public record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize) {}
