package org.recours.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the benchmark's database did during a phase, divided by the commands acknowledged in it (issue 20, "account
 * for a command"): transactions and rows from {@code pg_stat_database}; scans and row writes per table from
 * {@code pg_stat_user_tables} (a single-row statement is one scan or one row written, so these count the statements
 * by table); and, when the server loads {@code pg_stat_statements} ({@code shared_preload_libraries}), the
 * statements themselves by calls. PostgreSQL 15 flushes a backend's counters at most once a second, so a phase of
 * 20 s is counted to within about 5 %.
 */
final class DbAccount {

    private static final List<String> DATABASE_COUNTERS = List.of(
            "xact_commit",
            "xact_rollback",
            "tup_returned",
            "tup_fetched",
            "tup_inserted",
            "tup_updated",
            "tup_deleted",
            "blks_hit",
            "blks_read");

    record Statement(String query, long calls, double millis, long rows) {}

    record Snapshot(
            long events,
            long deadlines,
            Map<String, Long> database,
            Map<String, long[]> tables,
            Map<Long, Statement> statements) {}

    private final String url;
    private final String user;
    private final String password;
    private boolean statementsAvailable;

    DbAccount(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Creates pg_stat_statements in the benchmark's database if the server has it loaded; says which source counts. */
    String prepare() {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.executeQuery("SELECT count(*) FROM pg_stat_statements").close();
            statementsAvailable = true;
            return "pg_stat_statements (statements by calls), pg_stat_database, pg_stat_user_tables";
        } catch (SQLException e) {
            return "pg_stat_database and pg_stat_user_tables (pg_stat_statements is not in this server's "
                    + "shared_preload_libraries, so statements are counted by table: one scan or one row written each)";
        }
    }

    Snapshot snapshot() throws SQLException {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()");
            statement.execute("SELECT pg_stat_clear_snapshot()");
            long events;
            try (var rows = statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                rows.next();
                events = rows.getLong(1);
            }
            long deadlines;
            try (var rows = statement.executeQuery("SELECT count(*) FROM scheduled_tasks")) {
                rows.next();
                deadlines = rows.getLong(1);
            }
            var database = new LinkedHashMap<String, Long>();
            try (var rows = statement.executeQuery("SELECT " + String.join(", ", DATABASE_COUNTERS)
                    + " FROM pg_stat_database WHERE datname = current_database()")) {
                rows.next();
                for (var counter : DATABASE_COUNTERS) {
                    database.put(counter, rows.getLong(counter));
                }
            }
            var tables = new TreeMap<String, long[]>();
            try (var rows = statement.executeQuery("""
                    SELECT relname, coalesce(seq_scan, 0), coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del,
                           coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)
                    FROM pg_stat_user_tables""")) {
                while (rows.next()) {
                    tables.put(rows.getString(1), new long[] {
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6),
                        rows.getLong(7)
                    });
                }
            }
            var statements = new LinkedHashMap<Long, Statement>();
            if (statementsAvailable) {
                try (var rows = statement.executeQuery("""
                        SELECT queryid, query, calls, total_exec_time, rows FROM pg_stat_statements
                        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
                    while (rows.next()) {
                        statements.put(
                                rows.getLong(1),
                                new Statement(rows.getString(2), rows.getLong(3), rows.getDouble(4), rows.getLong(5)));
                    }
                }
            }
            return new Snapshot(events, deadlines, database, tables, statements);
        }
    }

    /** The process ids of the backends connected to the benchmark's database (the application's pool, mostly). */
    Set<Long> backends() {
        var pids = new HashSet<Long>();
        try (var connection = connect();
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            // no figure
        }
        return pids;
    }

    /** The phase's figures per acknowledged command, as Markdown lines. */
    static List<String> perCommand(Snapshot before, Snapshot after, long commands) {
        var lines = new ArrayList<String>();
        double n = Math.max(1, commands);
        var db = new StringBuilder();
        for (var counter : DATABASE_COUNTERS) {
            db.append(String.format(
                    "%s %.2f; ", counter, (after.database.get(counter) - before.database.get(counter)) / n));
        }
        lines.add(String.format(
                "- per command (%d acknowledged): %.2f events; %s",
                commands, (after.events - before.events) / n, db.toString().replaceAll("; $", "")));
        lines.add(String.format("- scheduled deadlines: %d → %d", before.deadlines, after.deadlines));
        lines.add("");
        lines.add(
                "| table | scans / command (sequential + index) | rows inserted | rows updated | rows deleted | rows read |");
        lines.add("|---|---|---|---|---|---|");
        var rows = new ArrayList<Object[]>();
        double scansTotal = 0;
        double writesTotal = 0;
        for (var entry : after.tables.entrySet()) {
            var b = before.tables.getOrDefault(entry.getKey(), new long[6]);
            var a = entry.getValue();
            double seq = (a[0] - b[0]) / n;
            double idx = (a[1] - b[1]) / n;
            double ins = (a[2] - b[2]) / n;
            double upd = (a[3] - b[3]) / n;
            double del = (a[4] - b[4]) / n;
            double read = (a[5] - b[5]) / n;
            if (seq + idx + ins + upd + del < 0.005) {
                continue;
            }
            scansTotal += seq + idx;
            writesTotal += ins + upd + del;
            rows.add(new Object[] {entry.getKey(), seq, idx, ins, upd, del, read, seq + idx + ins + upd + del});
        }
        rows.sort((x, y) -> Double.compare((double) y[7], (double) x[7]));
        for (var r : rows) {
            lines.add(String.format(
                    "| %s | %.2f (%.2f + %.2f) | %.2f | %.2f | %.2f | %.1f |",
                    r[0], (double) r[1] + (double) r[2], r[1], r[2], r[3], r[4], r[5], r[6]));
        }
        lines.add(String.format("| **all tables** | %.2f | %.2f rows written | | | |", scansTotal, writesTotal));
        if (!after.statements.isEmpty()) {
            lines.add("");
            lines.add("| statement (top 15 by calls) | calls / command | ms / call | rows / call |");
            lines.add("|---|---|---|---|");
            var deltas = new ArrayList<Statement>();
            for (var entry : after.statements.entrySet()) {
                var b = before.statements.get(entry.getKey());
                var a = entry.getValue();
                long calls = a.calls() - (b == null ? 0 : b.calls());
                if (calls > 0) {
                    deltas.add(new Statement(
                            a.query(),
                            calls,
                            a.millis() - (b == null ? 0 : b.millis()),
                            a.rows() - (b == null ? 0 : b.rows())));
                }
            }
            deltas.sort((x, y) -> Long.compare(y.calls(), x.calls()));
            long allCalls = deltas.stream().mapToLong(Statement::calls).sum();
            for (var s : deltas.subList(0, Math.min(15, deltas.size()))) {
                lines.add(String.format(
                        "| `%s` | %.2f | %.3f | %.1f |",
                        s.query()
                                .replaceAll("\\s+", " ")
                                .replace("|", "\\|")
                                .substring(
                                        0,
                                        Math.min(
                                                110,
                                                s.query()
                                                        .replaceAll("\\s+", " ")
                                                        .length())),
                        s.calls() / n,
                        s.millis() / s.calls(),
                        (double) s.rows() / s.calls()));
            }
            lines.add(String.format("| **all statements** | %.2f | | |", allCalls / n));
        }
        return lines;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
