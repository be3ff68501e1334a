package org.recours.portal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over real HTTP, the way an association's own tools would. */
public final class ApiClient {

    private final RestClient http;
    private final String token;
    private final JsonMapper json = JsonMapper.builder().build();

    /** The token test configuration registers for the administrator (see src/test/resources/config). */
    public static final String ADMIN_TOKEN = "rct_test-administrator-token-do-not-use-in-production";

    public ApiClient(int port) {
        this(port, ADMIN_TOKEN);
    }

    /** A client presenting {@code token}, or no credentials at all when it is null. */
    public ApiClient(int port, String token) {
        this.token = token;
        var builder = RestClient.builder();
        if (token != null) {
            builder = builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        http = builder.baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    /** The API token this client presents, for a test that speaks HTTP on its own; null when anonymous. */
    public String token() {
        return token;
    }

    public ResponseEntity<String> post(String path, String body) {
        return post(path, null, body);
    }

    public ResponseEntity<String> post(String path, String ifMatch, String body) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return (body == null ? request : request.body(body)).retrieve().toEntity(String.class);
    }

    /** A multipart upload, as a browser's file form sends it. */
    public ResponseEntity<String> upload(String path, String fileName, byte[] content, String description) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (description != null) {
            parts.add("description", description);
        }
        return http.post()
                .uri(path)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(String.class);
    }

    public ResponseEntity<byte[]> download(String path) {
        return http.get().uri(path).retrieve().toEntity(byte[].class);
    }

    public ResponseEntity<String> put(String path, String body) {
        return http.put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.delete().uri(path).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    public JsonNode json(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    /** The case as the read model shows it once it has caught up with {@code version}. */
    public JsonNode caseAtVersion(String caseId, long version) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            var response = get("/api/cases/" + caseId);
            if (response.getStatusCode().is2xxSuccessful()) {
                last = json(response);
                if (last.get("version").asLong() >= version) {
                    return last;
                }
            }
            sleep();
        }
        throw new AssertionError("case " + caseId + " never reached version " + version + "; last seen: " + last);
    }

    /** Waits for a read model to show {@code path} (200), as a client polling after a command would. */
    /** The case's audit trail once it holds at least {@code entries} entries (the projection follows the store). */
    public JsonNode awaitHistory(String caseId, int entries) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        var history = get("/api/cases/" + caseId + "/history");
        while (!(history.getStatusCode().is2xxSuccessful() && json(history).size() >= entries)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the audit trail never reached " + entries + " entries: " + history);
            }
            sleep();
            history = get("/api/cases/" + caseId + "/history");
        }
        return json(history);
    }

    public ResponseEntity<String> awaitOk(String path) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        var response = get(path);
        while (!response.getStatusCode().is2xxSuccessful() && Instant.now().isBefore(deadline)) {
            sleep();
            response = get(path);
        }
        return response;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
