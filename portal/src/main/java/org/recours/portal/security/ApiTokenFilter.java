package org.recours.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recours.portal.staff.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer rct_…}: the association's programs, acting for the account their token names. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiProblemEntryPoint unauthorized;

    ApiTokenFilter(ApiTokens tokens, ApiProblemEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        java.util.Optional<org.recours.portal.staff.StaffPrincipal> principal;
        try {
            principal = tokens.authenticate(header.substring(7).strip());
        } catch (org.springframework.dao.DataAccessException databaseDown) {
            unauthorized.unavailable(response);
            return;
        }
        if (principal.isEmpty()) {
            unauthorized.commence(request, response, null);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The probes answer without credentials, and must answer even while the database (holding tokens) is down. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    static boolean carriesToken(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
