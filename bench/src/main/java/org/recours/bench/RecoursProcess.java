package org.recours.bench;

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

/** The packaged application (portal/target/recours.jar) started as a process of its own, as it runs in production. */
final class RecoursProcess implements AutoCloseable {

    final Process process;
    final int port;
    final Path log;
    final List<String> commandLine;

    private RecoursProcess(Process process, int port, Path log, List<String> commandLine) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.commandLine = commandLine;
    }

    static RecoursProcess start(
            Path jar,
            Path work,
            String jdbcUrl,
            String user,
            String password,
            String token,
            List<String> jvmArgs,
            List<String> appArgs)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build it with ./mvnw -B -o -pl portal -am package -DskipTests");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(work);
        var log = work.resolve("recours.log");
        var command = new ArrayList<String>();
        command.add(javaCommand());
        command.add("-Daxoniq.update-checker.disabled=true");
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--recours.data-dir=" + work.resolve("data"),
                "--recours.security.bootstrap-api-token=" + token));
        command.addAll(appArgs);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var app = new RecoursProcess(process, port, log, command);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        app.awaitReady(Duration.ofSeconds(Long.getLong("bench.ready-timeout", 900)));
        return app;
    }

    /** {@code bench.app-java}: the JDK (home directory) the application runs on; empty: the benchmark's own. */
    static String javaCommand() {
        var home = System.getProperty("bench.app-java", "");
        return Path.of(home.isBlank() ? System.getProperty("java.home") : home, "bin", "java")
                .toString();
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped during start (exit " + process.exitValue()
                        + "); its log: " + log + "\n" + tail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "the application was not ready after " + timeout + "; its log: " + log + "\n" + tail());
    }

    String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Resident memory of the application process (VmRSS), in MiB; -1 when unknown. */
    long residentMiB() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: graceful shutdown
            try {
                if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
