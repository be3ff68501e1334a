package org.recours.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** The machine a run measured: cores, memory, Java, PostgreSQL and its commit settings. */
final class Machine {

    private Machine() {}

    static String describe(String server, String user, String password) throws Exception {
        var text = new StringBuilder("## Machine\n\n");
        text.append("- CPU: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores")
                .append(cpuModel().map(model -> " (" + model + ")").orElse(""))
                .append('\n');
        text.append("- memory: ").append(memTotal()).append('\n');
        text.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" (")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(")\n");
        try (var connection = DriverManager.getConnection(server + "postgres", user, password);
                var statement = connection.createStatement()) {
            var version = statement.executeQuery("SELECT version()");
            version.next();
            text.append("- PostgreSQL: ")
                    .append(version.getString(1))
                    .append(" at ")
                    .append(server)
                    .append('\n');
            var settings = statement.executeQuery(
                    "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) "
                            + "FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'wal_sync_method', 'commit_delay', "
                            + "'shared_buffers', 'max_connections', 'full_page_writes', 'wal_buffers', 'autovacuum')");
            settings.next();
            text.append("- PostgreSQL settings: ").append(settings.getString(1)).append('\n');
        }
        return text.toString();
    }

    /** The first line of {@code java -version} of that launcher. */
    static String javaVersion(String java) {
        try {
            var process = new ProcessBuilder(java, "-version")
                    .redirectErrorStream(true)
                    .start();
            var lines =
                    new String(process.getInputStream().readAllBytes()).lines().toList();
            process.waitFor();
            return lines.size() > 1 ? lines.get(0) + ", " + lines.get(1) : String.join(" ", lines);
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static String memTotal() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .findFirst()
                    .map(line ->
                            String.format("%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .orElse("unknown");
        } catch (Exception e) {
            return String.format(
                    "unknown (this JVM may use up to %d MiB)",
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
