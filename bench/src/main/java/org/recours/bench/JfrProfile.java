package org.recours.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Which layer of the application holds its CPU: the execution samples of a Java Flight Recording taken during a
 * measured window, by kind of thread, each sample counted for the layer (library) of the innermost frame that is not
 * the JDK's own ("self": a {@code HashMap.get} called by Jackson is Jackson's), and for every layer on its stack
 * ("inclusive"). Multiplied by the CPU the kind of thread used ({@link AppThreads}), it gives milliseconds per
 * command by layer.
 */
final class JfrProfile {

    /** Layers, by the start of their classes' names; the first that matches wins. */
    static final List<PrefixRule> LAYERS = List.of(
            new PrefixRule("Recours (domain, projections, web, security)", List.of("org.recours.")),
            new PrefixRule("Axon Framework", List.of("org.axonframework.")),
            new PrefixRule("Jackson", List.of("com.fasterxml.jackson.", "tools.jackson.")),
            new PrefixRule("PostgreSQL JDBC driver", List.of("org.postgresql.")),
            new PrefixRule("HikariCP", List.of("com.zaxxer.hikari.")),
            new PrefixRule("Spring Security", List.of("org.springframework.security.")),
            new PrefixRule("Spring MVC and HTTP", List.of("org.springframework.web.", "org.springframework.http.")),
            new PrefixRule(
                    "Spring transactions, JDBC, JPA",
                    List.of(
                            "org.springframework.transaction.",
                            "org.springframework.jdbc.",
                            "org.springframework.orm.",
                            "org.springframework.data.")),
            new PrefixRule("Hibernate", List.of("org.hibernate.")),
            new PrefixRule("Spring core (beans, AOP, context)", List.of("org.springframework.")),
            new PrefixRule("Tomcat", List.of("org.apache.tomcat.", "org.apache.coyote.", "org.apache.catalina.")),
            new PrefixRule("Micrometer (observations, metrics)", List.of("io.micrometer.")),
            new PrefixRule("Caffeine", List.of("com.github.benmanes.caffeine.")),
            new PrefixRule("db-scheduler", List.of("com.github.kagkarlsson.")),
            new PrefixRule("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
            new PrefixRule("Thymeleaf", List.of("org.thymeleaf.")));

    static final String OTHER_LIBRARIES = "other libraries";
    static final String JDK_ONLY = "the JDK alone (no library frame on the sampled stack)";
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    /** Samples of one kind of thread: by layer, self and inclusive. */
    record Samples(long total, Map<String, Long> self, Map<String, Long> inclusive) {}

    private JfrProfile() {}

    /** The JVM options that make the application record the samples this class reads. */
    static List<String> jvmOptions(Path recording) {
        return List.of(
                "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true",
                "-XX:FlightRecorderOptions=stackdepth=256");
    }

    /** The execution samples taken between {@code from} and {@code to}, by kind of thread ({@link AppThreads}). */
    static Map<String, Samples> read(Path recording, Instant from, Instant to) throws IOException {
        var self = new LinkedHashMap<String, Map<String, Long>>();
        var inclusive = new LinkedHashMap<String, Map<String, Long>>();
        var totals = new LinkedHashMap<String, Long>();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                var event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().isBefore(from)
                        || event.getStartTime().isAfter(to)
                        || event.getStackTrace() == null) {
                    continue;
                }
                var kind = AppThreads.kindOf(threadName(event));
                totals.merge(kind, 1L, Long::sum);
                var frames = event.getStackTrace().getFrames();
                self.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(selfLayer(frames), 1L, Long::sum);
                var seen = new HashSet<String>();
                for (var frame : frames) {
                    var layer = layerOf(frame);
                    if (layer != null && seen.add(layer)) {
                        inclusive
                                .computeIfAbsent(kind, k -> new LinkedHashMap<>())
                                .merge(layer, 1L, Long::sum);
                    }
                }
            }
        }
        var samples = new LinkedHashMap<String, Samples>();
        totals.forEach((kind, total) ->
                samples.put(kind, new Samples(total, self.get(kind), inclusive.getOrDefault(kind, Map.of()))));
        return samples;
    }

    /**
     * Markdown, one table per kind of thread with enough samples: the share of its samples per layer, and the
     * milliseconds per command that share is of the CPU the kind used ({@code coresByKind}).
     */
    static List<String> report(
            Map<String, Samples> samples, Map<String, Double> coresByKind, double commandsPerSecond) {
        var lines = new ArrayList<String>();
        samples.forEach((kind, s) -> {
            if (s.total() < 50) {
                return;
            }
            double msPerCommand = 1000 * coresByKind.getOrDefault(kind, 0.0) / commandsPerSecond;
            lines.add("");
            lines.add(String.format("%s: %d samples, %.2f ms of CPU per command", kind, s.total(), msPerCommand));
            lines.add("");
            lines.add("| layer | self: share of samples | self: CPU ms per command | inclusive: share of samples |");
            lines.add("|---|---|---|---|");
            s.self().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> {
                        double share = e.getValue() / (double) s.total();
                        long inclusive = s.inclusive().getOrDefault(e.getKey(), e.getValue());
                        lines.add(String.format(
                                "| %s | %.1f %% | %.2f | %.1f %% |",
                                e.getKey(), 100 * share, share * msPerCommand, 100 * inclusive / (double) s.total()));
                    });
            s.inclusive().entrySet().stream()
                    .filter(e -> !s.self().containsKey(e.getKey()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> lines.add(String.format(
                            "| %s | – | – | %.1f %% |", e.getKey(), 100 * e.getValue() / (double) s.total())));
        });
        return lines;
    }

    private static String threadName(RecordedEvent event) {
        var thread = event.getThread("sampledThread");
        return thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
    }

    private static String selfLayer(List<RecordedFrame> frames) {
        for (var frame : frames) {
            var layer = layerOf(frame);
            if (layer != null) {
                return layer;
            }
        }
        return JDK_ONLY;
    }

    /** The frame's layer, {@code null} for the JDK's own classes. */
    private static String layerOf(RecordedFrame frame) {
        var type = frame.getMethod() == null ? null : frame.getMethod().getType();
        var className = type == null ? "" : type.getName();
        if (className.isEmpty() || JDK.stream().anyMatch(className::startsWith)) {
            return null;
        }
        return PrefixRule.labelOf(LAYERS, className, OTHER_LIBRARIES);
    }
}
