package org.recours.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recours.portal.problem.ProblemResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403, as RFC 9457 problems like every other refusal of the API. */
class ApiProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(
                response,
                401,
                "unauthenticated",
                "Authentification requise",
                "Présentez un jeton d'API valide (Authorization: Bearer rct_…) ou connectez-vous.");
        response.setHeader("WWW-Authenticate", "Bearer");
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "Accès refusé", "Votre rôle ne permet pas cette action.");
    }

    void passwordChangeRequired(HttpServletResponse response) throws IOException {
        write(
                response,
                403,
                "password-change-required",
                "Mot de passe à changer",
                "Votre mot de passe est un mot de passe à usage unique : changez-le d'abord sur la page "
                        + "/mot-de-passe.");
    }

    void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        write(
                response,
                503,
                "unavailable",
                "Service momentanément indisponible",
                "La base de données ne répond pas ; rien n'a été enregistré. Réessayez dans un instant.");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        ProblemResponse.write(response, status, type, title, detail);
    }
}
