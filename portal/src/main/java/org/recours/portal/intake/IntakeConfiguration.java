package org.recours.portal.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The consumer's side. Its pages ({@code /reclamation/**}, {@code /suivi/**}) are open to anyone, in a security chain
 * of their own that comes before the staff's: CSRF-protected forms (the session holds only the CSRF token), a
 * stricter Content-Security-Policy than the staff pages' (nothing but this site's style sheet; no script, image or
 * frame at all), and no referrer, so that a follow-up link never leaves in a header.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeConfiguration {

    static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain consumerPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/reclamation", "/reclamation/**", "/suivi/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
