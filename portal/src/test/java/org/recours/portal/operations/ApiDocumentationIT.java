package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's OpenAPI description, as an integrator would fetch it from the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class ApiDocumentationIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theServedDescriptionIsValidOpenApi3AndListsEveryApiPathWithItsProblemResponses() {
        var served = new ApiClient(port).get("/v3/api-docs");
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);

        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(served.getBody(), null, options);
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        var api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).isEqualTo("Recours API");

        var controllerPaths = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/"))
                        .forEach(controllerPaths::add));
        assertThat(controllerPaths).hasSizeGreaterThan(15);
        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(controllerPaths);

        var letter = api.getPaths().get("/api/cases/{caseId}/letters").getPost();
        assertThat(letter.getResponses()).containsKeys("200", "400", "404", "409");
        var conflict = letter.getResponses().get("409").getContent();
        assertThat(conflict).containsKey("application/problem+json");
        var problem = api.getComponents().getSchemas().get("ProblemDetail");
        assertThat(problem).as("the RFC 9457 problem schema").isNotNull();
        assertThat((Map<String, ?>) problem.getProperties()).containsKeys("type", "title", "status", "detail");
        assertThat(api.getPaths().get("/api/cases").getPost().getResponses()).containsKeys("201", "400");
    }

    /**
     * Redocly CLI's recommended rules (the repository's {@code redocly.yaml}) pass over the served description, so that
     * a generated client sends the token and every operation says what it does. Redocly comes from npm through
     * {@code npx}, pinned; a machine without it fails here (.ci/run installs Node.js when missing).
     */
    @Test
    void theServedDescriptionPassesRedoclysRecommendedRules() throws Exception {
        var served = new ApiClient(port).get("/v3/api-docs");
        var document = java.nio.file.Path.of("target", "openapi.json").toAbsolutePath();
        java.nio.file.Files.writeString(document, served.getBody());
        var process = new ProcessBuilder(
                        "npx",
                        "--yes",
                        "@redocly/cli@" + REDOCLY,
                        "lint",
                        "--config",
                        java.nio.file.Path.of("..", "redocly.yaml")
                                .toAbsolutePath()
                                .toString(),
                        document.toString())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).as(output).contains("Woohoo! Your API description is valid.");
        assertThat(output).as("warnings too are fixed, not left").doesNotContainPattern("You have \\d+ warnings?");
    }

    @Test
    void thePublicCertificateAnswers406ToAFormatItDoesNotHave() {
        int status = org.springframework.web.client.RestClient.create()
                .get()
                .uri("http://127.0.0.1:" + port + "/api/signing-certificate")
                .accept(org.springframework.http.MediaType.IMAGE_PNG)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(406);
    }

    private static final String REDOCLY = "2.77.0";

    @Test
    void theSwaggerUiIsServed() {
        var ui = new ApiClient(port).get("/swagger-ui/index.html");
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("Swagger UI");
    }
}
