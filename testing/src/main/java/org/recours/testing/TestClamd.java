package org.recours.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ClamAV's daemon, {@code clamd} from Debian's {@code clamav-daemon}, started by a test in the foreground with a
 * configuration and a signature database of its own in a temporary folder: one signature, the EICAR test file's
 * (no signature can be downloaded here, and none is needed). It listens on a free TCP port of 127.0.0.1 and on a
 * unix socket. Without {@code clamd} installed the test fails, saying how to install it: it is never skipped.
 */
public final class TestClamd implements AutoCloseable {

    /** The name clamd reports for {@link #eicar()}: our signature's, marked unofficial as every local one is. */
    public static final String EICAR_FOUND = "Recours-Test.EICAR.UNOFFICIAL";

    private static final List<Path> INSTALLED =
            List.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/local/sbin/clamd"), Path.of("/usr/bin/clamd"));

    private final Path clamd;
    private final Path folder;
    private final int port;
    private volatile Process process;

    private TestClamd(Path clamd, Path folder, int port) {
        this.clamd = clamd;
        this.folder = folder;
        this.port = port;
    }

    /**
     * The EICAR anti-virus test file (68 bytes, eicar.org): harmless, and recognised as a virus by every scanner,
     * here by the one signature of our database.
     */
    public static byte[] eicar() {
        return ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS" + "-TEST-FILE!$H+H*")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts clamd and waits until it answers PING (a few seconds at most with one signature). */
    public static TestClamd start() {
        return start(new String[0]);
    }

    /** Starts clamd with further lines of its configuration ({@code "StreamMaxLength 1M"}, see clamd.conf(5)). */
    public static TestClamd start(String... settings) {
        var clamd = INSTALLED.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "clamd is not installed (looked in " + INSTALLED + "): the antivirus tests "
                                + "need ClamAV's daemon. Install Debian's packages: apt-get install clamav-daemon clamav "
                                + "(.ci/run does)."));
        try {
            var folder = Files.createTempDirectory("recours-clamd");
            var database = Files.createDirectory(folder.resolve("signatures"));
            // an extended (.ndb) signature: any file holding the EICAR string anywhere, of any type (target 0)
            Files.writeString(
                    database.resolve("recours-test.ndb"),
                    "Recours-Test.EICAR:0:*:" + HexFormat.of().formatHex(eicar()) + "\n",
                    StandardCharsets.US_ASCII);
            int port = freePort();
            var configuration = folder.resolve("clamd.conf");
            Files.writeString(
                    configuration,
                    String.join(
                            "\n",
                            "Foreground yes",
                            "DatabaseDirectory " + database,
                            "TCPSocket " + port,
                            "TCPAddr 127.0.0.1",
                            "LocalSocket " + folder.resolve("clamd.sock"),
                            "LogFile " + folder.resolve("clamd.log"),
                            "LogTime yes",
                            String.join("\n", settings),
                            ""),
                    StandardCharsets.US_ASCII);
            var started = new TestClamd(clamd, folder, port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            started.run();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("clamd could not be started", e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The unix socket it also listens on. */
    public Path socket() {
        return folder.resolve("clamd.sock");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts it again after {@link #stop}, on the same port and socket. */
    public void restart() {
        try {
            run();
        } catch (IOException e) {
            throw new UncheckedIOException("clamd could not be started again", e);
        }
    }

    private void run() throws IOException {
        process = new ProcessBuilder(clamd.toString(), "--config-file=" + folder.resolve("clamd.conf"))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("clamd.out").toFile())
                .start();
        awaitPong(Duration.ofSeconds(60));
    }

    /** Stops clamd (SIGTERM, then SIGKILL after 10 s), as when the scanner goes down; {@link #restart} again. */
    public void stop() {
        var process = this.process;
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops clamd and removes its folder. */
    @Override
    public void close() {
        stop();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    private void awaitPong(Duration patience) throws IOException {
        var until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                var output = output();
                close();
                throw new IllegalStateException("clamd stopped at start (exit " + process.exitValue() + "): " + output);
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), port), 1000);
                socket.setSoTimeout(5000);
                socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
                if (new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).startsWith("PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                // still loading its signatures
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        var output = output();
        close();
        throw new IllegalStateException("clamd did not answer within " + patience + ": " + output);
    }

    private String output() throws IOException {
        var out = folder.resolve("clamd.out");
        return Files.exists(out) ? Files.readString(out) : "(no output)";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
