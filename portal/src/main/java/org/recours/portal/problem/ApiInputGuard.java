package org.recours.portal.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.recours.kernel.casefile.Require;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, the requests that can never be valid: parameters (of the query string,
 * or of a form's body) that are not UTF-8 or carry control characters or lone surrogates (a null byte would reach
 * PostgreSQL, which refuses it in text; an escape sequence would reach the events and the CSV), and API request
 * bodies other than uploads larger than {@code recours.api.max-body-size} (413: at once when Content-Length says so,
 * as soon as the limit is passed for a chunked body). The parts of an upload ({@code multipart/form-data}) are left
 * to the upload's own checks, its query string is not; any other {@code multipart/*} type is no upload and is read
 * like any body. On the API each refusal is an RFC 9457 problem, on the pages a short page that says what is wrong.
 * Runs after Spring's character-encoding filter and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiInputGuard extends OncePerRequestFilter {

    private final long maxBodyBytes;

    ApiInputGuard(ApiSettings settings) {
        this.maxBodyBytes = settings.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (request.getRequestURI().equals(request.getContextPath() + "/error")) {
            // Spring Boot's error page, asked for directly rather than reached through an error: names nothing
            notFound(request, response);
            return;
        }
        var contentType = request.getContentType();
        boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
        if (api && !upload && request.getContentLengthLong() > maxBodyBytes) {
            refuse(
                    response,
                    413,
                    "request-too-large",
                    "Requête trop volumineuse",
                    "Le corps de la requête dépasse " + maxBodyBytes / 1024 + " Ko ; rien n'a été enregistré.");
            return;
        }
        String unreadable = unreadableQuery(request.getQueryString());
        if (unreadable == null && !upload) {
            unreadable = unreadableParameter(request);
        }
        if (unreadable != null) {
            if (api) {
                refuse(response, 400, "invalid-input", "Donnée invalide", unreadable);
            } else {
                refusePage(response, unreadable);
            }
            return;
        }
        chain.doFilter(
                !api || upload || request.getContentLengthLong() >= 0 ? request : new Bounded(request, maxBodyBytes),
                response);
    }

    /** The query string decoded strictly (Tomcat would replace what is not UTF-8, or fail later on first use). */
    static String unreadableQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (var pair : query.split("&")) {
            var equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals));
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return "Paramètres de requête illisibles : ils doivent être encodés en UTF-8.";
            }
            var problem = unacceptable(name, value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String decode(String encoded) {
        var bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String unacceptable(String name, String value) {
        if (Require.hasUnacceptableCharacter(name)) {
            return "Le nom d'un paramètre contient un caractère de contrôle ou un caractère invalide.";
        }
        if (Require.hasUnacceptableCharacter(value)) {
            return "Le champ « " + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + " » contient un "
                    + "caractère de contrôle ou un caractère qui n'est pas de l'Unicode valide (seuls la tabulation "
                    + "et les retours à la ligne sont admis) ; rien n'a été enregistré.";
        }
        return null;
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
            for (var value : parameter.getValue()) {
                var problem = unacceptable(parameter.getKey(), value);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var accept = request.getHeader("Accept");
        if (accept != null && accept.contains("json")) {
            ProblemResponse.write(
                    response,
                    404,
                    "about:blank",
                    "Introuvable",
                    "Aucune ressource à cette adresse.",
                    request.getRequestURI());
            return;
        }
        response.setStatus(404);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page("Page introuvable", "Aucune page à cette adresse."));
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/recours.css\"></head><body><main><h1>" + title + "</h1><p>"
                + org.springframework.web.util.HtmlUtils.htmlEscape(text) + "</p><p><a href=\"/cases\">Retour aux "
                + "dossiers</a></p></main></body></html>";
    }

    /** A page's refusal: no form of the application sends this, so a short page in French says what is wrong. */
    private static void refusePage(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(400);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page("Requête refusée", detail));
    }

    private static void refuse(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setHeader("Connection", status == 413 ? "close" : null);
        ProblemResponse.write(response, status, type, title, detail);
    }
}
