package org.recours.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP client of the application with its own connection, presenting the bootstrap API token. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String token;

    Api(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    HttpResponse<String> post(String path, String ifMatch, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The version in a response's ETag ({@code "3"}), or -1. */
    static long etagVersion(HttpResponse<?> response) {
        return response.headers()
                .firstValue("ETag")
                .map(tag -> Long.parseLong(tag.replaceAll("[^0-9]", "")))
                .orElse(-1L);
    }

    /** A JSON string field of a flat answer, by a plain scan (the answers here are small and known). */
    static String field(String json, String name) {
        var key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
