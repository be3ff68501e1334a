package org.recours.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.security.*}.
 *
 * @param bootstrapApiToken an API token ({@code rct_…}) registered on start for the {@code admin} account, for a
 *                          deployment's own automation; empty: none (tokens are otherwise issued by an administrator)
 * @param adminBranch       the branch of the administrator account created on first start
 * @param apiTokenCache     how long an instance trusts an API token it checked: a token revoked, or an account
 *                          disabled or changed, on another instance works there at most this long (on the instance
 *                          that revoked it, not at all); 0: every request reads the token (ADR 27)
 */
@ConfigurationProperties("recours.security")
public record SecuritySettings(
        @DefaultValue("") String bootstrapApiToken,
        @DefaultValue("siege") String adminBranch,
        @DefaultValue("5s") java.time.Duration apiTokenCache) {}
