package org.recours.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's CPU by kind of thread, from /proc/&lt;pid&gt;/task (Linux): who in the process spends it — the
 * requests, the event processors, the JIT compilers, the garbage collector. The kernel keeps the first 15 characters
 * of a thread's name; the kinds are recognised from them.
 */
final class AppThreads {

    /** Kinds of thread, by the start of their names; the first that matches wins. */
    static final List<PrefixRule> KINDS = List.of(
            new PrefixRule("HTTP requests (Tomcat's threads: commands, queries, the lag probes)", List.of("http-nio-")),
            new PrefixRule("event processors' work packages", List.of("WorkPackage[")),
            new PrefixRule("event processors' coordinators", List.of("Coordinator[")),
            new PrefixRule("event store's producer (streams to the processors)", List.of("EmbeddedEventSt")),
            new PrefixRule("JIT compilers", List.of("C1 CompilerThre", "C2 CompilerThre", "Sweeper thread")),
            new PrefixRule(
                    "garbage collector and VM",
                    List.of("GC Thread", "G1 ", "ZWorker", "Z", "VM Thread", "VM Periodic", "Service Thread")),
            new PrefixRule(
                    "deadlines, outbox and housekeeping",
                    List.of("db-scheduler", "parked-event-re", "intake-purge", "axon-janitor", "outbox", "scheduling")),
            new PrefixRule("connection pool", List.of("HikariPool")));

    static final String OTHER = "other threads";

    private AppThreads() {}

    /** Ticks (1/100 s) used so far by each live thread of {@code pid}, by thread id, with its name. */
    static Map<Long, Map.Entry<String, Long>> snapshot(long pid) {
        var threads = new HashMap<Long, Map.Entry<String, Long>>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    var stat = Files.readString(task.resolve("stat"));
                    var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    threads.put(Long.parseLong(task.getFileName().toString()), Map.entry(name, CpuMeter.ticks(stat)));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: no figures
        }
        return threads;
    }

    /** Ticks each kind used between two snapshots, in the order of {@link #KINDS}, then the others. */
    static Map<String, Long> byKind(
            Map<Long, Map.Entry<String, Long>> before, Map<Long, Map.Entry<String, Long>> after) {
        var used = new LinkedHashMap<String, Long>();
        KINDS.forEach(kind -> used.put(kind.label(), 0L));
        used.put(OTHER, 0L);
        after.forEach((tid, thread) -> {
            var earlier = before.get(tid);
            long ticks = thread.getValue() - (earlier == null ? 0 : earlier.getValue());
            used.merge(kindOf(thread.getKey()), ticks, Long::sum);
        });
        return used;
    }

    static String kindOf(String threadName) {
        return PrefixRule.labelOf(KINDS, threadName, OTHER);
    }
}
