package org.recours.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU went during a phase, from /proc (Linux): the whole machine, the application process, this benchmark
 * process, and every process named postgres (PostgreSQL's backends: other engineers' tests on the same server count
 * there too).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(
            long machineBusy,
            long machineTotal,
            long app,
            long self,
            Map<Long, Long> postgres,
            Map<Long, Map.Entry<String, Long>> appThreads,
            long nanos,
            Instant at) {}

    /**
     * {@code databaseCores}: the backends connected to the benchmark's database at the end of the phase (the
     * application's pool; without PostgreSQL's shared WAL writer and checkpointer, and without other databases'
     * backends, which {@code postgresCores} counts).
     */
    record Usage(
            double machineBusyPercent,
            double appCores,
            double benchCores,
            double postgresCores,
            double databaseCores,
            Map<String, Double> appCoresByThreadKind,
            Instant from,
            Instant to) {
        String describe() {
            return String.format(
                    "machine %.0f %% busy; cores used: application %.2f, PostgreSQL %.2f (of which the benchmark database's backends %.2f), benchmark %.2f",
                    machineBusyPercent, appCores, postgresCores, databaseCores, benchCores);
        }

        /** The application's CPU by kind of thread, as Markdown table rows: cores, and milliseconds per command. */
        List<String> appByThreadKind(double commandsPerSecond) {
            var rows = new ArrayList<String>();
            rows.add("| application threads | cores | CPU ms per command | share |");
            rows.add("|---|---|---|---|");
            appCoresByThreadKind.forEach((kind, cores) -> rows.add(String.format(
                    "| %s | %.2f | %.2f | %.0f %% |",
                    kind, cores, 1000 * cores / commandsPerSecond, appCores == 0 ? 0 : 100 * cores / appCores)));
            return rows;
        }

        /** CPU milliseconds per command: application, all PostgreSQL processes, the benchmark database's backends. */
        String perCommand(double commandsPerSecond) {
            return String.format(
                    "%.2f / %.2f (%.2f)",
                    1000 * appCores / commandsPerSecond,
                    1000 * postgresCores / commandsPerSecond,
                    1000 * databaseCores / commandsPerSecond);
        }
    }

    private final long appPid;
    private final java.util.function.Supplier<java.util.Set<Long>> databaseBackends;

    CpuMeter(long appPid) {
        this(appPid, java.util.Set::of);
    }

    CpuMeter(long appPid, java.util.function.Supplier<java.util.Set<Long>> databaseBackends) {
        this.appPid = appPid;
        this.databaseBackends = databaseBackends;
    }

    Snapshot snapshot() {
        long busy = 0;
        long total = 0;
        try {
            var cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < cpu.length; i++) {
                long value = Long.parseLong(cpu[i]);
                if (i <= 8) { // user nice system idle iowait irq softirq steal
                    total += value;
                    if (i != 4 && i != 5) {
                        busy += value;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no CPU figures
        }
        var postgres = new HashMap<Long, Long>();
        try (var processes = Files.list(Path.of("/proc"))) {
            processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        var stat = read(p.resolve("stat"));
                        if (stat != null && stat.contains("(postgres)")) {
                            postgres.put(Long.parseLong(p.getFileName().toString()), ticks(stat));
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // ignore
        }
        return new Snapshot(
                busy,
                total,
                ticksOf(appPid),
                ticksOf(ProcessHandle.current().pid()),
                postgres,
                AppThreads.snapshot(appPid),
                System.nanoTime(),
                Instant.now());
    }

    Usage since(Snapshot before) {
        var now = snapshot();
        double seconds = (now.nanos - before.nanos) / 1e9;
        long pg = 0;
        long db = 0;
        var backends = databaseBackends.get();
        for (var entry : now.postgres.entrySet()) {
            long used = entry.getValue() - before.postgres.getOrDefault(entry.getKey(), 0L);
            pg += used;
            if (backends.contains(entry.getKey())) {
                db += used;
            }
        }
        double machine = now.machineTotal == before.machineTotal
                ? Double.NaN
                : 100.0 * (now.machineBusy - before.machineBusy) / (now.machineTotal - before.machineTotal);
        var byKind = new LinkedHashMap<String, Double>();
        AppThreads.byKind(before.appThreads, now.appThreads)
                .forEach((kind, ticks) -> byKind.put(kind, ticks / TICKS_PER_SECOND / seconds));
        return new Usage(
                machine,
                (now.app - before.app) / TICKS_PER_SECOND / seconds,
                (now.self - before.self) / TICKS_PER_SECOND / seconds,
                pg / TICKS_PER_SECOND / seconds,
                db / TICKS_PER_SECOND / seconds,
                byKind,
                before.at,
                now.at);
    }

    private static long ticksOf(long pid) {
        var stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? 0 : ticks(stat);
    }

    /** utime + stime: fields 14 and 15, counted after the parenthesised command name. */
    static long ticks(String stat) {
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
