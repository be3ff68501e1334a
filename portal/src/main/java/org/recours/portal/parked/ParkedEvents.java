package org.recours.portal.parked;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cases whose events are parked in the dead-letter queue of a processing group, and their retries: automatic
 * ones, {@code max-automatic-retries} times at most {@code retry-interval} apart, then by an administrator.
 */
public class ParkedEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ParkedEvents.class);

    /** A case parked in a processing group: how many of its events wait, the first one and why it failed. */
    public record ParkedCase(
            String processingGroup,
            String caseId,
            int events,
            String firstEvent,
            long firstSequence,
            String cause,
            int attempts,
            Instant parkedAt,
            Instant lastAttemptAt) {}

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final List<String> groups;
    private final Clock clock;
    private final Duration retryInterval;
    private final int maxAutomaticRetries;

    ParkedEvents(
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            List<String> groups,
            Clock clock,
            Duration retryInterval,
            int maxAutomaticRetries) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.groups = groups;
        this.clock = clock;
        this.retryInterval = retryInterval;
        this.maxAutomaticRetries = maxAutomaticRetries;
    }

    public List<String> groups() {
        return groups;
    }

    /** Every parked case, the longest parked first. */
    public List<ParkedCase> all() {
        return jdbc.query(
                """
                SELECT d.processing_group, d.sequence_identifier, d.payload_type, d.sequence_number, d.cause_type,
                       d.cause_message, d.enqueued_at, d.last_touched,
                       convert_from(d.diagnostics, 'UTF8')::jsonb ->> 'attempts' AS attempts,
                       (SELECT count(*) FROM dead_letter_entry o WHERE o.processing_group = d.processing_group
                           AND o.sequence_identifier = d.sequence_identifier) AS events
                  FROM dead_letter_entry d
                 WHERE d.sequence_index = (SELECT min(f.sequence_index) FROM dead_letter_entry f
                                            WHERE f.processing_group = d.processing_group
                                              AND f.sequence_identifier = d.sequence_identifier)
                 ORDER BY d.enqueued_at, d.processing_group, d.sequence_identifier""",
                (row, n) -> new ParkedCase(
                        row.getString("processing_group"),
                        row.getString("sequence_identifier"),
                        row.getInt("events"),
                        simpleName(row.getString("payload_type")),
                        row.getLong("sequence_number"),
                        cause(row.getString("cause_type"), row.getString("cause_message")),
                        row.getString("attempts") == null ? 0 : Integer.parseInt(row.getString("attempts")),
                        instant(row.getString("enqueued_at")),
                        instant(row.getString("last_touched"))));
    }

    /** How many cases are parked in each processing group. */
    public Map<String, Long> countsByGroup() {
        var counts = new LinkedHashMap<String, Long>();
        groups.forEach(group -> counts.put(group, 0L));
        jdbc.query(
                "SELECT processing_group, count(DISTINCT sequence_identifier) FROM dead_letter_entry "
                        + "GROUP BY processing_group",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    public long count(String group) {
        var count = jdbc.queryForObject(
                "SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry " + "WHERE processing_group = ?",
                Long.class,
                group);
        return count == null ? 0 : count;
    }

    /**
     * Retries the parked events of {@code caseId} in {@code group}, in order: true when all of them applied, false
     * when one failed again (it stays parked with the rest) or when another instance is retrying them now.
     *
     * @throws NothingParked when none of the case's events is parked there
     */
    public boolean retry(String group, String caseId) {
        if (!groups.contains(group)
                || jdbc.queryForObject(
                                "SELECT count(*) FROM dead_letter_entry "
                                        + "WHERE processing_group = ? AND sequence_identifier = ?",
                                Long.class,
                                group,
                                caseId)
                        == 0) {
            throw new NothingParked(group, caseId);
        }
        return process(
                group,
                letter -> letter.message() instanceof DomainEventMessage<?> event
                        && caseId.equals(event.getAggregateIdentifier()));
    }

    /** The automatic retries: each parked case whose last attempt is {@code retry-interval} old, while it may. */
    void retryDue() {
        var due = clock.instant().minus(retryInterval);
        for (var group : groups) {
            try {
                for (long parked = count(group); parked > 0; parked--) {
                    if (!process(
                            group,
                            letter -> ParkingPolicy.attempts(letter) <= maxAutomaticRetries
                                    && !letter.lastTouched().isAfter(due))) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Parked events of {} could not be retried now: {}", group, e.toString());
            }
        }
    }

    private boolean process(String group, Predicate<DeadLetter<? extends EventMessage<?>>> which) {
        return processing
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + group))
                .process(which);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String cause(String type, String message) {
        return type == null ? "" : simpleName(type) + (message == null ? "" : ": " + message);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** No event of the case is parked in the group. */
    public static final class NothingParked extends RuntimeException {
        NothingParked(String group, String caseId) {
            super("Aucun événement du dossier " + caseId + " n'est en attente dans " + group);
        }
    }
}
