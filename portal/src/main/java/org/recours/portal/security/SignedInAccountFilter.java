package org.recours.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.recours.portal.staff.StaffAccounts;
import org.recours.portal.staff.StaffPrincipal;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in person acts with their account as it stands now, not as it stood when they signed in: an account an
 * administrator disabled is signed out at its next request, and so is every other session of someone whose password
 * changed (by their own hand or an administrator's reset), a new role or branch applies at once, and whoever
 * still holds a one-time password is sent to change it before reaching any other page. Requests with an API
 * token are not concerned (their account is read at each request already, and programs never change passwords).
 */
class SignedInAccountFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/mot-de-passe";
    private static final List<String> OPEN_BEFORE_PASSWORD_CHANGE =
            List.of(CHANGE_PASSWORD, "/logout", "/login", "/css/", "/favicon.ico", "/error", "/acces-refuse");

    private final StaffAccounts accounts;
    private final ApiProblemEntryPoint problems;

    SignedInAccountFilter(StaffAccounts accounts, ApiProblemEntryPoint problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (ApiTokenFilter.carriesToken(request)
                || authentication == null
                || !(authentication.getPrincipal() instanceof StaffPrincipal signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> account;
        try {
            account = accounts.find(signedIn.login());
        } catch (DataAccessException databaseDown) {
            chain.doFilter(request, response); // the page itself answers that the database is unavailable
            return;
        }
        if (account.isEmpty()
                || !account.get().isEnabled()
                || !java.util.Objects.equals(account.get().passwordHash(), signedIn.passwordHash())) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            chain.doFilter(request, response);
            return;
        }
        var current = account.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (current.mustChangePassword() && !openBeforePasswordChange(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.passwordChangeRequired(response);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean openBeforePasswordChange(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_BEFORE_PASSWORD_CHANGE.stream()
                .anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }
}
