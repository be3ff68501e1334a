package org.recours.portal.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.recours.portal.ApiClient;
import org.recours.portal.operations.ScratchDatabase;

/**
 * The packaged application ({@code portal/target/recours.jar}, built by the {@code package} phase that precedes the
 * integration tests) running as a process of its own, as in production, so that a test can kill it.
 */
public final class RecoursJar implements AutoCloseable {

    static final Path JAR = Path.of("target", "recours.jar");

    final Process process;
    public final int port;
    public final Path log;
    public final ApiClient api;

    private RecoursJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.api = new ApiClient(port);
    }

    static RecoursJar start(ScratchDatabase database, Path work, String... properties) throws Exception {
        int port = freePort();
        Files.createDirectories(work);
        var log = Files.createTempFile(work, "recours-", ".log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--recours.data-dir=" + work.resolve("data"),
                "--recours.security.bootstrap-api-token=" + ApiClient.ADMIN_TOKEN));
        for (var property : properties) {
            command.add("--" + property);
        }
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var app = new RecoursJar(process, port, log);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    /**
     * As a newcomer runs it: {@code java -jar recours.jar} in {@code workingDirectory}, no datasource configured (the
     * embedded default under {@code ./data}), the settings in {@code environment} as they would export them (plus
     * SERVER_PORT, a free port, and the tests' administrator token). Answers once the application is ready.
     */
    public static RecoursJar startOnTheEmbeddedDefault(Path workingDirectory, Map<String, String> environment)
            throws Exception {
        var app = launchOnTheEmbeddedDefault(workingDirectory, environment);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    /** The same, without waiting: for a start that is expected to fail. */
    public static RecoursJar launchOnTheEmbeddedDefault(Path workingDirectory, Map<String, String> environment)
            throws Exception {
        int port = freePort();
        var log = Files.createTempFile(workingDirectory, "recours-", ".log");
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-jar",
                jar().toString());
        var builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("RECOURS_"));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("RECOURS_SECURITY_BOOTSTRAP_API_TOKEN", ApiClient.ADMIN_TOKEN);
        return new RecoursJar(builder.start(), port, log);
    }

    private static Path jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the package phase builds it");
        }
        return JAR.toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, as {@code docker stop} or a service manager stops it; answers the exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the application did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Waits for a process that is expected to end by itself; answers its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the application still runs after " + timeout);
        }
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application stopped during start (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application was not ready after " + timeout + ":\n" + tail());
    }

    /**
     * SIGKILL: {@link Process#destroyForcibly()} on Linux; no shutdown hook, no graceful shutdown, connections cut.
     * Answers the exit status, 137 (128 + 9) when the signal did it.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return process.exitValue();
    }

    public String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
