package org.recours.portal.intake;

import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous visitor of the public pages: its session cookie, the CSRF token of the form it opens, the complaint
 * a consumer sends, and its confirmation through the link of the email waiting in the outbox.
 */
public final class PublicVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CONFIRMATION = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    public PublicVisitor(int port) {
        this.port = port;
    }

    /** A complaint as the form sends it, every required field filled. */
    public static Map<String, String> complaint(String email, String postcode) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("companyId", COMPANY_ID);
        fields.put("category", "ADS_IN_PAID_SUBSCRIPTION");
        fields.put("facts", "Publicités dans l'abonnement payant.");
        fields.put("desiredOutcome", "Remboursement");
        fields.put("amountAtStake", "35,88");
        fields.put("contactedSupport", "NO");
        fields.put("sentWrittenComplaint", "NO");
        fields.put("fullName", CONSUMER_NAME);
        fields.put("email", email);
        fields.put("postcode", postcode);
        fields.put("consent", "on");
        return fields;
    }

    /** Sends the complaint and confirms it; answers its reference. */
    public String fileAndConfirm(Map<String, String> complaint, JdbcTemplate jdbc)
            throws IOException, InterruptedException {
        var sent = post("/reclamation", complaint, true);
        if (sent.statusCode() != 302) {
            throw new AssertionError("complaint refused: " + sent.statusCode());
        }
        var email = complaint.get("email");
        var body = jdbc.queryForObject(
                "SELECT text_body FROM reminder_outbox WHERE recipient = ? "
                        + "AND reminder_key = 'intake-confirmation' ORDER BY id DESC LIMIT 1",
                String.class,
                email);
        var token = CONFIRMATION.matcher(body);
        if (!token.find()) {
            throw new AssertionError("no confirmation link in " + body);
        }
        post("/reclamation/confirmation", Map.of("jeton", token.group(1)), true);
        return jdbc.queryForObject(
                "SELECT submission_id FROM intake_submission WHERE email = ? " + "AND status = 'CONFIRMED'",
                String.class,
                email);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields, boolean withCsrfToken)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<>(fields);
        if (withCsrfToken) {
            all.put("_csrf", csrf());
        }
        var form = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        var boundary = "----recours" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get("/reclamation").body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the form");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
