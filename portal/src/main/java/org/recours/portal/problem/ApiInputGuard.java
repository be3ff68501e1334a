package org.recours.portal.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, the API requests that can never be valid: query parameters that are
 * not UTF-8 or carry control characters (a null byte would reach PostgreSQL, which refuses it in text), and request
 * bodies other than uploads larger than {@code recours.api.max-body-size} (413: at once when Content-Length says so,
 * as soon as the limit is passed for a chunked body). Each refusal is an RFC 9457 problem.
 * Runs after Spring's character-encoding filter and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiInputGuard extends OncePerRequestFilter {

    private final long maxBodyBytes;

    ApiInputGuard(@Value("${recours.api.max-body-size:1MB}") DataSize maxBodySize) {
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, 413, "request-too-large", "Requête trop volumineuse",
                    "Le corps de la requête dépasse " + maxBodyBytes / 1024 + " Ko ; rien n'a été enregistré.");
            return;
        }
        if (!upload) {
            String unreadable = unreadableParameter(request);
            if (unreadable != null) {
                refuse(response, 400, "invalid-input", "Donnée invalide", unreadable);
                return;
            }
        }
        chain.doFilter(upload || request.getContentLengthLong() >= 0 ? request : new Bounded(request, maxBodyBytes),
                response);
    }

    /** Thrown while reading a body sent without Content-Length (chunked) once it passes the limit: a 413. */
    static final class BodyTooLarge extends IOException {

        final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** A request whose body (of unannounced length) cannot be read past the limit. */
    private static final class Bounded extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final long limit;
        private jakarta.servlet.ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                var in = super.getInputStream();
                bounded = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }

    /** What is wrong with the query parameters (a multipart body's parts are left to the upload's own checks). */
    private static String unreadableParameter(HttpServletRequest request) {
        java.util.Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) { // Tomcat's InvalidParameterException: not UTF-8, or too many
            return "Paramètres de requête illisibles : ils doivent être encodés en UTF-8.";
        }
        for (var parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                return "Le nom d'un paramètre de requête contient un caractère de contrôle.";
            }
            for (var value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    return "Le paramètre « " + parameter.getKey() + " » contient un caractère de contrôle.";
                }
            }
        }
        return null;
    }

    /** C0 controls and DEL, except tab, line feed and carriage return, which text may hold. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setHeader("Connection", status == 413 ? "close" : null);
        ProblemResponse.write(response, status, type, title, detail);
    }
}
