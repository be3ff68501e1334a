package org.recours.platform.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.recours.query.rebuild.RebuildableProjection;
import org.recours.query.rebuild.RecordedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the read models of projections that have no token yet (first start on a restored database, or an operator
 * who emptied them and deleted their tokens to rebuild them) straight from the event store, case after case, before
 * their event processors start; then gives each processor tokens at the head of the store, from where it goes on
 * as usual. The processors would get there too, one event at a time through Axon's handling chain, at about a tenth
 * of the speed (docs/performance.md, "Rebuild in bulk").
 *
 * <p>What is written is what the processors write (the projections' own code, {@code RebuildableProjection}), and
 * the projections skip an event they already applied, so the events recorded while the rebuild ran, or committed
 * late below the head (the token's gaps), are applied exactly once by the processors afterwards. Instances starting
 * together take turns on a PostgreSQL advisory lock: the second finds the tokens and leaves the read models alone.
 * A rebuild that fails leaves no token: the next start begins it again from empty read models.
 */
public class ReadModelsRebuiltInBulk {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelsRebuiltInBulk.class);
    private static final long LOCK = 0x7265636f75727331L; // "recours1"
    private static final int CASES_PER_WRITE = 200;

    private final DataSource dataSource;
    private final EventStoreInCaseOrder eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final List<RebuildableProjection> projections;
    private final int segments;
    private final long minimumEvents;
    private final long gapWindow;

    public ReadModelsRebuiltInBulk(
            DataSource dataSource,
            EventStoreInCaseOrder eventStore,
            TokenStore tokenStore,
            TransactionManager transactions,
            List<RebuildableProjection> projections,
            int segments,
            long minimumEvents,
            long gapWindow) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.projections = projections;
        this.segments = segments;
        this.minimumEvents = minimumEvents;
        this.gapWindow = gapWindow;
    }

    /** What a rebuild did: which processors, from how many steps of how many cases, in how long. */
    public record Outcome(List<String> processors, long steps, long cases, long head, double seconds) {

        public double stepsPerSecond() {
            return seconds == 0 ? 0 : steps / seconds;
        }
    }

    /** Rebuilds the projections that have no token, if the store holds enough events to be worth it. */
    public Outcome rebuildIfNeeded() {
        try (var lock = dataSource.getConnection()) {
            advisoryLock(lock, "pg_advisory_lock");
            try {
                return rebuildWithoutTokens();
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the read models could not be rebuilt", e);
        }
    }

    private Outcome rebuildWithoutTokens() {
        var due = projections.stream()
                .filter(p -> transactions.fetchInTransaction(
                        () -> tokenStore.fetchSegments(p.processingGroup()).length == 0))
                .toList();
        var names = due.stream().map(RebuildableProjection::processingGroup).toList();
        if (due.isEmpty() || storeSize() < minimumEvents) {
            return new Outcome(List.of(), 0, 0, -1, 0);
        }
        LOG.info("Rebuilding {} from the event store in bulk (no token yet); their processors start once done", names);
        long began = System.nanoTime();
        due.forEach(RebuildableProjection::clear);
        // events parked by an earlier run of these processors are in the rebuild too (a parked event would else be
        // applied twice); a case whose events still fail fails the rebuild, which says which
        names.forEach(name ->
                new JdbcTemplate(dataSource).update("DELETE FROM dead_letter_entry WHERE processing_group = ?", name));
        var read = writeWhileReading(due);
        vacuum(due);
        var head = GapAwareTrackingToken.newInstance(read.head(), read.gaps());
        transactions.executeInTransaction(
                () -> names.forEach(name -> tokenStore.initializeTokenSegments(name, segments, head)));
        var outcome = new Outcome(names, read.steps(), read.cases(), read.head(), (System.nanoTime() - began) / 1e9);
        // reading millions of events grew the heap (RSS) far beyond what the application needs at rest: a full
        // collection now lets the JVM give that memory back to the system instead of keeping it for good
        System.gc();
        LOG.info(
                "Rebuilt {} from {} events of {} cases in {} s ({} events/s); processors go on from position {}",
                names,
                outcome.steps(),
                outcome.cases(),
                String.format("%.1f", outcome.seconds()),
                Math.round(outcome.stepsPerSecond()),
                read.head());
        return outcome;
    }

    /** One thread reads and deserializes the cases; each projection writes them on a thread of its own. */
    private EventStoreInCaseOrder.Read writeWhileReading(List<RebuildableProjection> due) {
        var writers = Executors.newFixedThreadPool(due.size(), task -> new Thread(task, "read-model-rebuild"));
        try {
            var queues = new ArrayList<BlockingQueue<List<List<RecordedStep>>>>();
            var written = new ArrayList<Future<?>>();
            for (var projection : due) {
                var queue = new ArrayBlockingQueue<List<List<RecordedStep>>>(8);
                queues.add(queue);
                written.add(writers.submit(() -> {
                    write(projection, queue);
                    return null;
                }));
            }
            var chunk = new ArrayList<List<RecordedStep>>(CASES_PER_WRITE);
            var read = eventStore.eachCase(gapWindow, steps -> {
                chunk.add(steps);
                if (chunk.size() == CASES_PER_WRITE) {
                    handOver(List.copyOf(chunk), queues, written);
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                handOver(List.copyOf(chunk), queues, written);
            }
            handOver(List.of(), queues, written); // no more cases
            for (var writing : written) {
                writing.get();
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the read models could not be written", e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    private static void write(RebuildableProjection projection, BlockingQueue<List<List<RecordedStep>>> queue)
            throws InterruptedException {
        for (var cases = queue.take(); !cases.isEmpty(); cases = queue.take()) { // empty: no more cases
            projection.rebuild(cases);
        }
    }

    /** Gives the chunk to every writer, and stops reading as soon as one of them failed. */
    private static void handOver(
            List<List<RecordedStep>> cases,
            List<BlockingQueue<List<List<RecordedStep>>>> queues,
            List<Future<?>> written) {
        for (int i = 0; i < queues.size(); i++) {
            try {
                while (!queues.get(i).offer(cases, 100, TimeUnit.MILLISECONDS)) {
                    if (written.get(i).isDone()) {
                        written.get(i).get(); // throws the writer's failure
                        throw new IllegalStateException("a read model writer stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the read models could not be written", e.getCause());
            }
        }
    }

    /**
     * Rows written in bulk are not known to be visible to every transaction until a vacuum says so: before
     * autovacuum comes by, the case list's index-only scans would read each row's page (at an offset of 50,000:
     * 0.2 s instead of 15 ms, docs/performance.md).
     */
    private void vacuum(List<RebuildableProjection> rebuilt) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true); // VACUUM runs outside a transaction
            for (var projection : rebuilt) {
                for (var table : projection.tables()) {
                    statement.execute("VACUUM (ANALYZE) " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rebuilt read models could not be vacuumed", e);
        }
    }

    private long storeSize() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the event store could not be counted", e);
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, LOCK);
            statement.executeQuery().close();
        }
    }
}
