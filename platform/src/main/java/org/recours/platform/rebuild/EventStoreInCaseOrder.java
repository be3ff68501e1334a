package org.recours.platform.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.query.rebuild.RecordedStep;

/**
 * The event store read case after case, each case's steps in order, in one transaction (one snapshot of the store),
 * streamed with a cursor: the read side of a rebuild in bulk. Payloads and metadata are read by Axon's serializer,
 * as its event processors read them.
 */
class EventStoreInCaseOrder {

    private static final String CASES_IN_ORDER = """
            SELECT aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type, payload_revision,
                   payload, meta_data
              FROM domain_event_entry
             ORDER BY aggregate_identifier, sequence_number""";

    private final DataSource dataSource;
    private final Serializer serializer;

    EventStoreInCaseOrder(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /** What was read: the head of the store when reading began and the gaps below it, and how many steps and cases. */
    record Read(long head, List<Long> gaps, long steps, long cases) {}

    /**
     * Gives each case's steps, from its first, to {@code caseSteps}; {@code gapWindow} is how far below the head
     * missing positions are looked for (transactions that took a position and had not committed when reading began).
     */
    Read eachCase(long gapWindow, Consumer<List<RecordedStep>> caseSteps) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                long head = head(connection);
                var gaps = gaps(connection, head, gapWindow);
                long steps = 0;
                long cases = 0;
                try (var statement = connection.prepareStatement(CASES_IN_ORDER)) {
                    statement.setFetchSize(2000);
                    try (var rows = statement.executeQuery()) {
                        var current = new ArrayList<RecordedStep>();
                        String caseId = null;
                        while (rows.next()) {
                            var payload = serializer.deserialize(new SimpleSerializedObject<>(
                                    rows.getBytes(7), byte[].class, rows.getString(5), rows.getString(6)));
                            if (!(payload instanceof CaseEvent event)) {
                                continue;
                            }
                            var aggregate = rows.getString(1);
                            if (!aggregate.equals(caseId) && !current.isEmpty()) {
                                caseSteps.accept(current);
                                cases++;
                                current = new ArrayList<>();
                            }
                            caseId = aggregate;
                            MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(
                                    rows.getBytes(8), byte[].class, MetaData.class.getName(), null));
                            current.add(RecordedStep.of(
                                    event,
                                    rows.getLong(2),
                                    rows.getString(3),
                                    DateTimeUtils.parseInstant(rows.getString(4)),
                                    metaData));
                            steps++;
                        }
                        if (!current.isEmpty()) {
                            caseSteps.accept(current);
                            cases++;
                        }
                    }
                }
                return new Read(head, gaps, steps, cases);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the event store could not be read for a rebuild", e);
        }
    }

    private static long head(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
            row.next();
            long head = row.getLong(1);
            return row.wasNull() ? -1 : head;
        }
    }

    private static List<Long> gaps(Connection connection, long head, long window) throws SQLException {
        var gaps = new ArrayList<Long>();
        long expected = Math.max(1, head - window); // the store numbers events from 1
        try (var statement = connection.prepareStatement(
                "SELECT global_index FROM domain_event_entry WHERE global_index >= ? ORDER BY global_index")) {
            statement.setLong(1, expected);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long index = rows.getLong(1);
                    while (expected < index) {
                        gaps.add(expected++);
                    }
                    expected = index + 1;
                }
            }
        }
        return gaps;
    }
}
