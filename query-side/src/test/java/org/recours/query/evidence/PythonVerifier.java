package org.recours.query.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docs/verify-evidence.py}, the independent verifier, as a third party would, within 1 GiB of address
 * space (so that a ZIP bomb which took it to gigabytes fails the test).
 */
final class PythonVerifier {

    static final Path SCRIPT =
            Path.of("..", "docs", "verify-evidence.py").toAbsolutePath().normalize();

    record Outcome(int exitCode, String output) {}

    private PythonVerifier() {}

    static Outcome run(byte[] bundle, SigningKey trusted, String... options) throws IOException, InterruptedException {
        var dir = Files.createTempDirectory("bundle");
        try {
            var command = new ArrayList<>(List.of("prlimit", "--as=1073741824", "python3", SCRIPT.toString()));
            if (bundle != null) {
                command.add(Files.write(dir.resolve("RC-7K2M-9QXD-preuves.zip"), bundle)
                        .toString());
            }
            if (trusted != null) {
                command.addAll(List.of(
                        "--certificate",
                        Files.write(dir.resolve("association.pem"), EvidenceBundle.pem(trusted))
                                .toString()));
            }
            command.addAll(List.of(options));
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("verify-evidence.py did not finish within 60 s:\n" + output);
            }
            return new Outcome(process.exitValue(), output);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
