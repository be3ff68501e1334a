package org.recours.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The split of a command's latency, from the application's own timers ({@code /actuator/prometheus}, read with the
 * benchmark's token) before and after a phase: time inside Spring MVC's request handling (from the servlet filter
 * that times it to the answer), of which waiting for a database connection and holding one. The rest of what the
 * client sees is the HTTP exchange, Tomcat's queue, the filters before the timing one, and the client itself.
 */
final class ServerTimes {

    /** Sums and counts of the timers that matter, by a short label. */
    record Snapshot(Map<String, double[]> timers) {}

    private final Api api;

    ServerTimes(int port, String token) {
        this.api = new Api(port, token);
    }

    Snapshot snapshot() {
        var timers = new LinkedHashMap<String, double[]>();
        try {
            var response = api.get("/actuator/prometheus");
            if (response.statusCode() != 200) {
                return new Snapshot(Map.of());
            }
            for (var line : response.body().split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                String label = null;
                if (line.startsWith("http_server_requests_seconds_")
                        && line.contains("method=\"POST\"")
                        && line.contains("uri=\"/api/cases")) {
                    label = "server: POST /api/cases…";
                } else if (line.startsWith("hikaricp_connections_acquire_seconds_")) {
                    label = "of which waiting for a database connection";
                } else if (line.startsWith("hikaricp_connections_usage_seconds_")) {
                    label = "database connection held (all users of the pool: commands, processors, schedulers)";
                }
                if (label == null) {
                    continue;
                }
                boolean sum = line.contains("_seconds_sum{");
                boolean count = line.contains("_seconds_count{");
                if (!sum && !count) {
                    continue;
                }
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                var t = timers.computeIfAbsent(label, k -> new double[2]);
                t[sum ? 0 : 1] += value;
            }
        } catch (Exception e) {
            return new Snapshot(Map.of());
        }
        return new Snapshot(timers);
    }

    /** Markdown lines: mean ms of each timer over the phase, and per acknowledged command. */
    static List<String> split(Snapshot before, Snapshot after, double clientMeanMillis, long commands) {
        var lines = new ArrayList<String>();
        if (after.timers().isEmpty()) {
            lines.add("- latency split: /actuator/prometheus not readable with the benchmark's token");
            return lines;
        }
        lines.add(String.format("- latency split (means): client sees %.2f ms", clientMeanMillis));
        for (var entry : after.timers().entrySet()) {
            var b = before.timers().getOrDefault(entry.getKey(), new double[2]);
            var a = entry.getValue();
            double count = a[1] - b[1];
            double seconds = a[0] - b[0];
            if (count > 0) {
                lines.add(String.format(
                        "  - %s: %.2f ms × %.2f per command",
                        entry.getKey(), 1000 * seconds / count, count / Math.max(1, commands)));
            }
        }
        return lines;
    }
}
