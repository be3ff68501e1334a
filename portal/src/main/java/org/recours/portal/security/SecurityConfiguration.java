package org.recours.portal.security;

import org.recours.portal.staff.ApiTokens;
import org.recours.portal.staff.StaffAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Staff sign in on a form (session cookie, CSRF-protected forms); the association's programs
 * present an API token. Everything but the sign-in page, the style sheet and the health probes needs one or the
 * other; administration (pages and API) and the metrics need the administrator role. Whoever signs in with a one-time password
 * changes it before anything else. A Content-Security-Policy allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static AccessDeniedHandlerImpl accessDeniedPage() {
        var page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/acces-refuse");
        return page;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ApiTokens tokens, StaffAccounts accounts) throws Exception {
        var problems = new ApiProblemEntryPoint();
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error",
                                "/acces-refuse",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        // the association's evidence-signing certificate is public: third parties check bundles by it
                        .requestMatchers("/signing-certificate")
                        .permitAll()
                        .requestMatchers(PublicApi.PATHS.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(
                                "/api/admin/**",
                                "/api/staff/**",
                                "/admin/**",
                                "/actuator/metrics/**",
                                "/actuator/prometheus/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(
                                "/statistics",
                                "/api/statistics",
                                "/api/statistics.csv",
                                "/api/statistics.xlsx",
                                "/equipe")
                        .hasAnyRole("SUPERVISOR", "ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/cases", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SignedInAccountFilter(accounts, problems), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::carriesToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
                        // the API's refusals first: an explicit accessDeniedPage(…) would override them all
                        .defaultAccessDeniedHandlerFor(problems, api)
                        .defaultAccessDeniedHandlerFor(accessDeniedPage(), AnyRequestMatcher.INSTANCE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
