package org.recours.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The physical limit: single-row INSERTs, each its own transaction (autocommit, the server's commit settings: the
 * same as the application's), into a table with the columns, keys and constraints of domain_event_entry, from
 * {@code connections} JDBC connections of this JVM, with payloads the size of the application's events.
 */
final class RawInserts {

    record Result(int connections, double seconds, long rows, Latencies latencies, CpuMeter.Usage cpu) {
        double perSecond() {
            return rows / seconds;
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final byte[] payload;
    private final byte[] metaData;

    RawInserts(String url, String user, String password, int payloadBytes, int metaDataBytes) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.payload = jsonOfLength(payloadBytes);
        this.metaData = jsonOfLength(metaDataBytes);
    }

    void createTable() throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("DROP TABLE IF EXISTS raw_event_entry");
            // columns, identity, primary key and both unique constraints of Axon's table (Flyway V2026_11_25_0900)
            connection
                    .createStatement()
                    .execute("CREATE TABLE raw_event_entry (LIKE domain_event_entry INCLUDING ALL)");
        }
    }

    Result run(int connections, double warmupSeconds, double seconds, CpuMeter cpu) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        var parts = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        var failure = new AtomicReference<Exception>();
        for (int c = 0; c < connections; c++) {
            var mine = new Latencies();
            parts.add(mine);
            int client = c;
            var thread = new Thread(
                    () -> {
                        try (Connection connection = DriverManager.getConnection(url, user, password)) {
                            connection.setAutoCommit(true);
                            var insert =
                                    connection.prepareStatement("INSERT INTO raw_event_entry (aggregate_identifier, "
                                            + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, "
                                            + "payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                            long n = 0;
                            String aggregate = null;
                            while (true) {
                                long sent = System.nanoTime();
                                if (sent >= measureTo) {
                                    return;
                                }
                                if (n % 10 == 0) {
                                    aggregate = "RAW-" + client + "-"
                                            + UUID.randomUUID().toString().substring(0, 8);
                                }
                                insert.setString(1, aggregate);
                                insert.setLong(2, n % 10);
                                insert.setString(3, "ComplaintCase");
                                insert.setString(4, UUID.randomUUID().toString());
                                insert.setBytes(5, metaData);
                                insert.setBytes(6, payload);
                                insert.setString(7, null);
                                insert.setString(8, "org.recours.kernel.casefile.NoteAdded");
                                insert.setString(9, Instant.now().toString());
                                insert.executeUpdate();
                                n++;
                                long done = System.nanoTime();
                                if (done >= measureFrom && done < measureTo) {
                                    mine.add(done - sent);
                                }
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "raw-insert-" + c);
            thread.start();
            threads.add(thread);
        }
        // measured while the connections are open (their backends' CPU disappears with them)
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        var before = cpu.snapshot();
        Thread.sleep(Math.max(0, (measureTo - System.nanoTime()) / 1_000_000 - 20));
        var usage = cpu.since(before);
        for (var thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        var merged = Latencies.merge(parts);
        return new Result(connections, seconds, merged.count(), merged, usage);
    }

    private static byte[] jsonOfLength(int length) {
        var text = new StringBuilder("{\"text\":\"");
        while (text.length() < length - 2) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
