package org.recours.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed input on every operation the served OpenAPI description lists (a new endpoint is covered as soon as it
 * exists): broken JSON, wrong types, unknown enum values, null bytes, megabyte strings, a body beyond any limit, a
 * wrong content type, bad path ids and query values. Each answer must be a 4xx with an RFC 9457 problem body, never
 * a 5xx, and nothing may be recorded: the event store and the directories are the same before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesPostgres
class MalformedInputIT {

    private static final String MEGABYTE = "é".repeat(1 << 19);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> wrong = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private int sent;
    private int changes;
    private boolean chunked;

    @Test
    void everyOperationAnswersMalformedInputWithAProblemAndRecordsNothing() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var openApi = parse(api.get("/v3/api-docs").getBody());
        assertThat(openApi.getPaths()).hasSizeGreaterThan(15);

        int operations = 0;
        long started = System.nanoTime();
        for (var path : openApi.getPaths().entrySet()) {
            for (var entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                var method = entry.getKey().name();
                var before = recorded();
                exercise(method, path.getKey(), entry.getValue(), caseId);
                var after = recorded();
                if (!after.equals(before)) {
                    wrong.add(method + " " + path.getKey() + " recorded something: " + before + " → " + after);
                    changes++;
                }
            }
        }
        System.out.printf(
                "[faults] malformed input in %.0f s: %d operations, %d requests sent, answers by status %s, "
                        + "%d not a 4xx problem, %d recorded something%n",
                (System.nanoTime() - started) / 1e9, operations, sent, statuses, wrong.size() - changes, changes);
        wrong.stream().limit(400).forEach(line -> System.out.println("[faults]   " + line));
        assertThat(wrong).as("answers that are not a 4xx problem").isEmpty();
    }

    @Test
    void hugeNumbersAreRefusedWithoutEchoingThem() throws Exception {
        for (var huge : List.of("1E+100000000", "1E+999999999", "-1E+999999999", "1E-999999999", "9".repeat(5000))) {
            var body = PrimeVideoCase.complaint("ADS_IN_PAID_SUBSCRIPTION", huge, "Publicités");
            var response = send("POST", "/api/cases", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(abbreviate(huge)).isEqualTo(400);
            assertThat(isProblem(response)).isTrue();
            assertThat(response.body().length())
                    .as("the number is never written out")
                    .isLessThan(1000);
        }
    }

    @Test
    void textThatIsNotValidUnicodeIsRefusedLikeControlCharacters() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        api.caseAtVersion(caseId, 0);
        for (var lone : List.of("\\ud800", "avant \\udc00 après", "\\ude00\\ud83d")) {
            var refused = api.post("/api/cases/" + caseId + "/notes", "{\"text\": \"" + lone + "\"}");
            assertThat(refused.getStatusCode().value()).as(lone).isEqualTo(400);
            assertThat(refused.getBody()).as(lone).contains("Unicode valide");
        }
        assertThat(api.upload("/api/cases/" + caseId + "/evidence", "note.txt", "x".getBytes(), "\u001b[31mrouge")
                        .getStatusCode()
                        .value())
                .as("ESC in an upload's description")
                .isEqualTo(400);
        var emoji = api.post("/api/cases/" + caseId + "/notes", "{\"text\": \"Pièce reçue \\ud83d\\udce8\"}");
        assertThat(emoji.getStatusCode().value())
                .as("a pair of surrogates is a character")
                .isEqualTo(200);
        assertThat(api.caseAtVersion(caseId, 1).get("notes").get(0).get("text").asString())
                .contains("\ud83d\udce8");
    }

    @Test
    void aMultipartContentTypeDoesNotSkipTheInputGuard() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        for (var contentType : List.of("multipart/form-data; boundary=xyz", "multipart/mixed; boundary=xyz")) {
            for (var query : List.of("q=%1B%5B31m", "q=%00", "q=%C3%28", "q=%ED%A0%80")) {
                var response = send("GET", "/api/cases?" + query, contentType, new byte[0]);
                assertThat(response.statusCode()).as(contentType + " " + query).isEqualTo(400);
                assertThat(isProblem(response)).isTrue();
            }
            var upload = send(
                    "POST",
                    "/api/cases/" + caseId + "/evidence?x=%1B",
                    contentType,
                    "--xyz--\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(upload.statusCode())
                    .as(contentType + " upload with ESC in its query")
                    .isEqualTo(400);
        }
        var mixed = new byte[2 << 20];
        java.util.Arrays.fill(mixed, (byte) 'a');
        assertThat(send("POST", "/api/cases/" + caseId + "/notes", "multipart/mixed; boundary=xyz", mixed)
                        .statusCode())
                .as("a 2 MB body is no upload because it says multipart")
                .isEqualTo(413);
    }

    @Test
    void pagesAnswerUnreadableAddressesAndControlCharactersWith400() throws Exception {
        var password = org.recours.portal.web.StaffFixtures.account(port, "yanis", "paris-11", "STAFF");
        var browser = new org.recours.portal.security.SignedInSession(port, "yanis", password);
        for (var query :
                List.of("q=%C3%28", "q=%00", "q=%1B", "q=" + "x".repeat(201), "status=%FF", "page=%ED%A0%80")) {
            var page = browser.get("/cases?" + query);
            assertThat(page.statusCode()).as(abbreviate(query)).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        }
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var escape = browser.submit("/cases/" + caseId + "/note", "version=0&text=%1B%5B31mrouge", true);
        assertThat(escape.statusCode()).as("ESC in a form").isIn(400, 422);
        var lone = browser.submit("/cases/" + caseId + "/note", "version=0&text=%ED%A0%80", true);
        assertThat(lone.statusCode()).as("an encoded lone surrogate in a form").isIn(400, 422);
        assertThat(api.caseAtVersion(caseId, 0).get("notes")).isEmpty();
    }

    @Test
    void theErrorPathAnswersAsAnUnknownPage() throws Exception {
        for (var accept : List.of("text/html", "application/json")) {
            var anonymous = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/error"))
                            .header("Accept", accept)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(accept).isEqualTo(404);
        }
        assertThat(send("GET", "/error", null, null).statusCode())
                .as("with a token")
                .isEqualTo(404);
    }

    private void exercise(String method, String template, Operation operation, String caseId) throws Exception {
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        var valid = new LinkedHashMap<String, String>();
        for (var parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                valid.put(
                        parameter.getName(),
                        parameter.getName().equals("caseId")
                                ? caseId
                                : isNumeric(parameter.getSchema()) ? "1" : "inconnu");
            }
        }
        var path = expand(template, valid);

        // bad path ids: overlong, a null byte, not UTF-8, a path traversal; and for all but a PUT (which creates
        // what it names) well-formed ids of nothing: garbage, unknown, negative, out of range
        var badIds = new ArrayList<>(List.of("x".repeat(4000), "%00", "a%00b", "%C3%28", "..%2F..%2Fetc"));
        if (!method.equals("PUT")) {
            badIds.addAll(List.of("n'importe-quoi", "RC-ZZZZ-ZZZZ", "-1", "9".repeat(40)));
        }
        for (var parameter : valid.keySet()) {
            for (var bad : badIds) {
                var ids = new LinkedHashMap<>(valid);
                ids.put(parameter, bad);
                check(method, expand(template, ids), "application/json", body(operation, caseId), "bad " + parameter);
            }
        }
        // bad query values: wrong types, unknown enum values, null bytes, long strings
        for (var parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                for (var bad : List.of("abc", "-1", "NOT_A_VALUE", "%00", "x".repeat(4000), "%C3%28", "1e999")) {
                    var withQuery = path + "?" + parameter.getName() + "=" + bad;
                    checkQuery(method, withQuery, parameter, bad);
                }
            }
        }
        var content = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        if (content == null) {
            return;
        }
        if (content.containsKey("application/json")) {
            jsonBodies(method, path, content.get("application/json").getSchema(), caseId);
        }
        // wrong content types
        check(method, path, "text/plain", "bonjour".getBytes(StandardCharsets.UTF_8), "text/plain body");
        check(method, path, "application/xml", "<note>x</note>".getBytes(StandardCharsets.UTF_8), "XML body");
        if (content.containsKey("multipart/form-data")) {
            check(
                    method,
                    path,
                    "multipart/form-data; boundary=xyz",
                    "--xyz\r\nbroken".getBytes(StandardCharsets.UTF_8),
                    "broken multipart");
            check(
                    method,
                    path,
                    "multipart/form-data",
                    "pas de boundary".getBytes(StandardCharsets.UTF_8),
                    "multipart without boundary");
            check(
                    method,
                    path,
                    "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8),
                    "JSON to a multipart endpoint");
        }
        // a body beyond the limit: 2 MB of JSON (limit 1 MB), 25 MB for an upload (limit 20 MB)
        var huge = new byte[content.containsKey("application/json") ? 2 << 20 : 25 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        System.arraycopy("{\"x\": \"".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 7); // valid JSON, read on
        check(
                method,
                path,
                content.containsKey("application/json") ? "application/json" : "multipart/form-data; boundary=xyz",
                huge,
                huge.length / (1 << 20) + " MB body");
        if (content.containsKey("application/json")) {
            chunked = true; // the same without Content-Length: the limit holds while reading
            var response = check(method, path, "application/json", huge, "2 MB body, chunked");
            chunked = false;
            if (response.statusCode() != 413) {
                wrong.add(method + " " + path + " (2 MB chunked body) → " + response.statusCode() + ", not 413");
            }
        }
    }

    private void jsonBodies(String method, String path, Schema<?> schema, String caseId) throws Exception {
        for (var broken : List.of(
                "{\"a\": ",
                "{",
                "}",
                "[]",
                "null",
                "42",
                "\"texte\"",
                "",
                "{\"a\" 1}",
                "{\"x\": tru}",
                "{'simple': 'quotes'}",
                "{\"a\":1,}")) {
            check(method, path, "application/json", broken.getBytes(StandardCharsets.UTF_8), "broken JSON " + broken);
        }
        var sample = (ObjectNode) sample(schema, caseId);
        // a raw (unescaped) null byte, and bytes that are not UTF-8, inside an otherwise valid body
        var text = JSON.writeValueAsString(sample);
        var rawNull = text.replaceFirst("\":\"", "\":\"\u0000").getBytes(StandardCharsets.UTF_8);
        check(method, path, "application/json", rawNull, "raw null byte");
        var notUtf8 = text.replaceFirst("\":\"", "\":\"\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        check(method, path, "application/json", notUtf8, "ISO-8859-1 bytes in a UTF-8 body");
        for (var field : fields(schema, "")) {
            for (var mutation : mutations(field).entrySet()) {
                var body = sample.deepCopy();
                put(body, field.pointer(), mutation.getValue());
                check(
                        method,
                        path,
                        "application/json",
                        JSON.writeValueAsBytes(body),
                        field.pointer() + ": " + mutation.getKey());
            }
        }
    }

    record Field(String pointer, Schema<?> schema) {}

    private static List<Field> fields(Schema<?> schema, String prefix) {
        var found = new ArrayList<Field>();
        if (schema == null || schema.getProperties() == null) {
            return found;
        }
        for (var property : schema.getProperties().entrySet()) {
            var pointer = prefix + "/" + property.getKey();
            found.add(new Field(pointer, property.getValue()));
            found.addAll(fields(property.getValue(), pointer));
        }
        return found;
    }

    private static Map<String, Object> mutations(Field field) {
        var schema = field.schema();
        var all = new LinkedHashMap<String, Object>();
        all.put("an array instead of a value", List.of(1, 2));
        all.put("an object instead of a value", Map.of("x", 1));
        var type = type(schema);
        if ("string".equals(type)) {
            all.put("null byte", "avant\u0000après");
            all.put("1 MB string", MEGABYTE);
            all.put("control characters", "\u0001\u0002\u001b[31m");
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                all.put("unknown enum value", "NOT_A_VALUE");
                all.put(
                        "enum value in lower case",
                        schema.getEnum().get(0).toString().toLowerCase());
            }
            if ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())) {
                all.put("impossible date", "2026-13-45");
                all.put("French date", "25/11/2026");
                all.put("year 99999", "99999-01-01");
            }
        } else if ("integer".equals(type) || "number".equals(type)) {
            all.put("a word instead of a number", "douze");
            all.put("a huge number", new java.math.BigDecimal("1e400"));
            all.put("NaN", "NaN");
            all.put("a negative number", -1);
        } else if ("boolean".equals(type)) {
            all.put("a word instead of a boolean", "peut-être");
        }
        return all;
    }

    /** A body that follows the schema, with plausible values, so that a single mutation is its only flaw. */
    private static JsonNode sample(Schema<?> schema, String caseId) {
        return JSON.valueToTree(sampleValue("", schema, caseId));
    }

    private static Object sampleValue(String name, Schema<?> schema, String caseId) {
        if (schema == null) {
            return "x";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        var type = type(schema);
        if (schema.getProperties() != null || "object".equals(type)) {
            var object = new LinkedHashMap<String, Object>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((key, value) -> object.put(key, sampleValue(key, value, caseId)));
            }
            return object;
        }
        if ("array".equals(type)) {
            return List.of(sampleValue(name, schema.getItems(), caseId));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return 1;
        }
        if ("boolean".equals(type)) {
            return false;
        }
        if ("date".equals(schema.getFormat())) {
            return PrimeVideoCase.today().minusDays(30).toString();
        }
        if ("email".equals(schema.getFormat()) || name.toLowerCase().contains("email")) {
            return CAMILLE.email();
        }
        if (name.equals("caseId")) {
            return caseId;
        }
        if (name.equals("companyId")) {
            return COMPANY_ID;
        }
        if (name.equals("branch")) {
            return "paris-11";
        }
        if (name.equals("addressee")) {
            return CLICHY.entity();
        }
        return "Texte d'essai";
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty()
                ? null
                : schema.getTypes().stream()
                        .filter(t -> !"null".equals(t))
                        .findFirst()
                        .orElse(null);
    }

    private static boolean isNumeric(Schema<?> schema) {
        var type = schema == null ? null : type(schema);
        return "integer".equals(type) || "number".equals(type);
    }

    private static void put(ObjectNode body, String pointer, Object value) {
        var parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        var parent = parentPointer.isEmpty() ? body : body.at(parentPointer);
        if (parent instanceof ObjectNode object) {
            object.set(pointer.substring(pointer.lastIndexOf('/') + 1), JSON.valueToTree(value));
        }
    }

    private byte[] body(Operation operation, String caseId) {
        var content = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        return JSON.writeValueAsBytes(sample(content.get("application/json").getSchema(), caseId));
    }

    /**
     * A free-text filter may answer 200 with nothing found; a typed one (number, enum) must refuse what is not of its
     * type; nothing may answer 5xx, and every refusal is a problem.
     */
    private void checkQuery(String method, String path, Parameter parameter, String bad) throws Exception {
        var response = send(method, path, null, null);
        var status = response.statusCode();
        var schema = parameter.getSchema();
        boolean typed = isNumeric(schema) || schema != null && schema.getEnum() != null;
        boolean ofItsType = isNumeric(schema) && bad.matches("-?\\d+");
        boolean mustRefuse = typed && !ofItsType;
        if (status >= 500 || status >= 400 && !isProblem(response) || mustRefuse && status < 400) {
            wrong.add(method + " " + abbreviate(path) + " (query " + parameter.getName() + "=" + abbreviate(bad)
                    + ") → " + status + " " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> check(String method, String path, String contentType, byte[] body, String what)
            throws Exception {
        var before = method.equals("GET") ? null : events();
        var response = send(method, path, contentType, body);
        var status = response.statusCode();
        var after = method.equals("GET") ? null : events();
        if (!java.util.Objects.equals(after, before)) {
            wrong.add(method + " " + abbreviate(path) + " (" + abbreviate(what) + ") recorded something: " + before
                    + " → " + after);
            changes++;
        }
        if (status < 400 || status >= 500 || !isProblem(response)) {
            wrong.add(method + " " + abbreviate(path) + " (" + abbreviate(what) + ") → " + status + " "
                    + response.headers().firstValue("Content-Type").orElse("no content type") + " "
                    + abbreviate(response.body()));
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN)
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : chunked
                                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        sent++;
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        return response;
    }

    private static boolean isProblem(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        var problem = JSON.readTree(response.body());
        return problem.has("status")
                && problem.has("title")
                && problem.get("status").asInt() == response.statusCode();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /** What malformed requests must not change: every event, and the directories an administrator maintains. */
    private Map<String, Object> recorded() {
        var state = new LinkedHashMap<String, Object>();
        state.put("events", jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        for (var table : List.of(
                "staff_member",
                "api_token",
                "branch",
                "company",
                "company_head_office",
                "consumer_personal_data",
                "evidence_document")) {
            state.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT count(*) || '/' || coalesce(md5(string_agg(t::text, ',' "
                                    + "ORDER BY t::text)), '') FROM " + table + " t",
                            String.class));
        }
        return state;
    }

    private static String expand(String template, Map<String, String> values) {
        var path = template;
        for (var value : values.entrySet()) {
            var encoded = value.getValue().contains("%")
                    ? value.getValue()
                    : URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8);
            path = path.replace("{" + value.getKey() + "}", encoded);
        }
        return path;
    }

    private static OpenAPI parse(String description) {
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(description, null, options).getOpenAPI();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        var oneLine = text.replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
