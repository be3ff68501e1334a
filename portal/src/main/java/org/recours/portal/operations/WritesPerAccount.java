package org.recours.portal.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.recours.portal.problem.ProblemResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One account cannot take the whole connection pool: at most {@code recours.writes.per-account} of its writes (any
 * request but GET, HEAD and OPTIONS, by token or session) run at once; the next ones queue up to
 * {@code recours.writes.queue-wait}, then get 503 with Retry-After. With the defaults (4 of the pool's 10
 * connections) 200 concurrent writes of one program go through one after the other while the pool keeps room for
 * everyone else. Runs inside Spring Security's chain's reach (after it, so the account is known).
 */
@Component
@EnableConfigurationProperties(WritesSettings.class)
@Order(0)
class WritesPerAccount extends OncePerRequestFilter {

    private final int permits;
    private final long waitMillis;
    private final Map<String, Semaphore> running = new ConcurrentHashMap<>();

    WritesPerAccount(WritesSettings settings) {
        this.permits = settings.perAccount();
        this.waitMillis = settings.queueWait().toMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        var slots = running.computeIfAbsent(authentication.getName(), account -> new Semaphore(permits, true));
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader("Retry-After", "2");
            var detail = "Trop d'écritures simultanées pour ce compte (" + permits + " à la fois) ; rien n'a été "
                    + "enregistré de celle-ci. Réessayez dans un instant.";
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponse.write(response, 503, "too-many-writes", "Trop d'écritures simultanées", detail);
            } else {
                response.setStatus(503);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(detail);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
