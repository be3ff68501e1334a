package org.recours.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.security.*}.
 *
 * @param bootstrapApiToken an API token ({@code rct_…}) registered on start for the {@code admin} account, for a
 *                          deployment's own automation; empty: none (tokens are otherwise issued by an administrator)
 * @param adminBranch       the branch of the administrator account created on first start
 */
@ConfigurationProperties("recours.security")
public record SecuritySettings(@DefaultValue("") String bootstrapApiToken, @DefaultValue("siege") String adminBranch) {
}
