package org.recours.portal.operations;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.recours.portal.security.PublicApi;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), with the
 * problem details ({@code ApiProblems}) each operation may answer: springdoc cannot see them, since the handlers
 * answer a status chosen at run time.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "ProblemDetail";
    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI recoursApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Recours API")
                        .version("v1")
                        .description("Complaint cases of a consumer association along the escalation path of French "
                                + "consumer law. Every step answers the case's new version (ETag); send it back in If-Match. "
                                + "Refusals are RFC 9457 problem details (application/problem+json)."));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getComponents()
                    .addSecuritySchemes(
                            TOKEN,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("rct_…")
                                    .description(
                                            "An API token an administrator issued (Administration → Jetons d'API), sent as "
                                                    + "Authorization: Bearer rct_…; it acts for the staff account it names"));
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        if (PublicApi.PATHS.contains(path)) {
                            operation.setSecurity(List.of());
                            operation
                                    .getResponses()
                                    .addApiResponse(
                                            "406",
                                            new ApiResponse()
                                                    .description(
                                                            "Format demandé (Accept) autre que celui de l'opération"));
                        } else {
                            operation.addSecurityItem(new SecurityRequirement().addList(TOKEN));
                            problem(operation, "401", "Jeton d'API absent, inconnu ou révoqué (unauthenticated)");
                            problem(operation, "403", "Rôle ou antenne insuffisants pour cette opération (forbidden)");
                        }
                        var onACase = path.contains("{caseId}");
                        var isPost = method == PathItem.HttpMethod.POST;
                        if (isPost || onACase) {
                            problem(
                                    operation,
                                    "400",
                                    "Donnée invalide ou requête illisible (invalid-input, malformed-request)");
                        }
                        if (onACase) {
                            problem(
                                    operation,
                                    "404",
                                    "Dossier ou pièce introuvable (case-not-found, document-not-found)");
                        }
                        if (isPost && onACase) {
                            problem(
                                    operation,
                                    "409",
                                    "Étape impossible à ce stade (step-not-allowed, avec rule, legalBasis, "
                                            + "possibleFrom) ou version périmée (version-conflict, avec currentVersion)");
                        }
                        if (path.endsWith("/evidence") && isPost) {
                            problem(operation, "413", "Document trop volumineux (document-too-large)");
                            problem(operation, "415", "Type de document refusé (unacceptable-document)");
                            problem(
                                    operation,
                                    "422",
                                    "L'antivirus a trouvé un virus ou un code malveillant dans le document, "
                                            + "rien n'a été enregistré (infected-document, avec signature)");
                        }
                        var onABranch = path.startsWith("/api/admin/branches");
                        if (onABranch && method == PathItem.HttpMethod.PUT) {
                            problem(
                                    operation,
                                    "400",
                                    "Donnée invalide ou requête illisible (invalid-input, " + "malformed-request)");
                        }
                        if (path.contains("{code}")) {
                            problem(operation, "404", "Antenne introuvable (branch-not-found)");
                        }
                        if (onABranch && (isPost || method == PathItem.HttpMethod.DELETE)) {
                            problem(
                                    operation,
                                    "409",
                                    "Code déjà pris, ou antenne encore rattachée à des comptes ou des "
                                            + "dossiers : la désactiver plutôt que la supprimer (branch-conflict)");
                        }
                        if (path.equals("/api/admin/staff") || path.equals("/api/staff/{login}")) {
                            problem(operation, "422", "Antenne inconnue ou désactivée (branch-unavailable)");
                        }
                        problem(
                                operation,
                                "503",
                                path.endsWith("/evidence") && isPost
                                        ? "Base de données ou antivirus injoignable, rien n'a été enregistré (unavailable, "
                                                + "scanner-unavailable)"
                                        : "Base de données injoignable, rien n'a été enregistré (unavailable)");
                        problem(operation, "500", "Erreur interne, journalisée (internal-error)");
                    }));
        };
    }

    private static void problem(Operation operation, String status, String description) {
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                "application/problem+json",
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail; type is /problems/{code}")
                .addProperty("type", new StringSchema().example("/problems/step-not-allowed"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("À lire par un membre de l'équipe, en français"))
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("409 step-not-allowed: la règle en cause"))
                .addProperty("legalBasis", new StringSchema().description("409 step-not-allowed: son fondement"))
                .addProperty(
                        "possibleFrom",
                        new StringSchema()
                                .format("date")
                                .description(
                                        "409 step-not-allowed: date à partir de laquelle l'étape devient possible"))
                .addProperty(
                        "currentVersion",
                        new IntegerSchema()
                                .format("int64")
                                .description("409 version-conflict: la version actuelle du dossier"))
                .addProperty("field", new StringSchema().description("400 invalid-input: la donnée en cause"))
                .addProperty(
                        "signature",
                        new StringSchema().description("422 infected-document: ce que l'antivirus a trouvé"));
    }
}
