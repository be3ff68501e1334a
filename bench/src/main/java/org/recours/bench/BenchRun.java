package org.recours.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What every benchmark program shares: its report copied to {@code results.md}, and its list-valued settings. */
final class BenchRun {

    interface Body {
        void run() throws Exception;
    }

    private BenchRun() {}

    /** Runs {@code body} with everything it prints also written to {@code work/results.md} (the console may prefix lines). */
    static void reportingTo(Path work, Body body) throws Exception {
        Files.createDirectories(work);
        var console = System.out;
        try (var file =
                new PrintStream(Files.newOutputStream(work.resolve("results.md")), true, StandardCharsets.UTF_8)) {
            System.setOut(new PrintStream(
                    new OutputStream() {
                        @Override
                        public void write(int b) {
                            console.write(b);
                            file.write(b);
                        }

                        @Override
                        public void write(byte[] bytes, int offset, int length) {
                            console.write(bytes, offset, length);
                            file.write(bytes, offset, length);
                        }

                        @Override
                        public void flush() {
                            console.flush();
                            file.flush();
                        }
                    },
                    true,
                    StandardCharsets.UTF_8));
            body.run();
            System.out.flush();
        } finally {
            System.setOut(console);
        }
    }

    /** A setting such as {@code bench.app-args}: words separated by spaces, none when blank. */
    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
