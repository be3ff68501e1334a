package org.recours.portal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A browser's session at the HTTP level: a cookie jar, the sign-in form and forms with or without their CSRF token. */
public final class SignedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public SignedInSession(int port, String login, String password) throws IOException, InterruptedException {
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var location = signIn(http, base, login, password);
        if (location.contains("error")) {
            throw new AssertionError("sign-in of " + login + " refused");
        }
    }

    /** Signs in with a fresh session and answers where the application sends the browser next. */
    public static String signIn(int port, String login, String password) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        return signIn(client, "http://127.0.0.1:" + port, login, password);
    }

    private static String signIn(HttpClient http, String base, String login, String password)
            throws IOException, InterruptedException {
        var form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var response = http.send(
                post(
                        base + "/login",
                        "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + csrf(form.body())),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public int postForm(String path, String body, boolean withCsrfToken) throws IOException, InterruptedException {
        return submit(path, body, withCsrfToken).statusCode();
    }

    /**
     * Sends a form with the session's CSRF token (as every page's forms carry it; read from the password page, which
     * every signed-in person reaches) or without it; answers the reply.
     */
    public HttpResponse<String> submit(String path, String body, boolean withCsrfToken)
            throws IOException, InterruptedException {
        var token = withCsrfToken ? "&_csrf=" + csrf(get("/mot-de-passe").body()) : "";
        return http.send(post(base + path, body + token), HttpResponse.BodyHandlers.ofString());
    }

    /** Replaces the password, as the page "Changer votre mot de passe" does; answers the HTTP status. */
    public int changePassword(String current, String chosen) throws IOException, InterruptedException {
        return postForm(
                "/mot-de-passe",
                "currentPassword=" + encode(current) + "&newPassword=" + encode(chosen) + "&confirmation="
                        + encode(chosen),
                true);
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
