package org.recours.portal.parked;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.recours.platform.processing.ProcessingSettings;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.casefile.CaseFileProjection;
import org.recours.query.reminders.WhenDeadlineFallsDueThenEmail;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No event processor skips an event: a handler that throws parks the event, and the case's later events behind it,
 * in Axon's sequenced dead-letter queue (table {@code dead_letter_entry}), while the other cases go on. Parked
 * events are retried automatically, then by an administrator ({@code /admin/evenements-en-attente}); their count is
 * the metric {@code recours.events.parked} and the health component {@code parkedEvents}.
 */
@Configuration(proxyBeanMethods = false)
class ParkedEventsConfiguration {

    /** The processing groups that must not skip an event: evidence (case files, audit trail) and reminders. */
    static final List<String> GROUPS = List.of(
            CaseFileProjection.PROCESSING_GROUP,
            AuditTrailProjection.PROCESSING_GROUP,
            WhenDeadlineFallsDueThenEmail.PROCESSING_GROUP);

    /** Axon's columns, in snake case (migration V2026_12_04_1300). */
    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /**
     * A dead-letter queue per group, in the projections' database and transactions; emptied when the group's tokens
     * are reset, since the replay applies every event again. Each segment remembers which cases it knows are not
     * parked (Axon's sequence identifier cache, built when the segment is claimed, from an empty queue or from what it
     * then checks): an event of such a case is handled without asking the queue, which was one query per event and
     * group (ADR 27). Only the instance holding a segment parks its events, so the memory is not outdated by another.
     */
    @Bean
    ConfigurerModule parkedEventQueues(
            ConnectionProvider connectionProvider, TransactionManager transactionManager, Serializer serializer) {
        return configurer -> {
            var processing = configurer.eventProcessing();
            for (var group : GROUPS) {
                processing
                        .registerDeadLetterQueue(
                                group,
                                config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(group)
                                        .connectionProvider(connectionProvider)
                                        .transactionManager(transactionManager)
                                        .schema(SCHEMA)
                                        .genericSerializer(serializer)
                                        .eventSerializer(serializer)
                                        .build())
                        .registerDeadLetterPolicy(group, config -> new ParkingPolicy())
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                group,
                                (config, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
            }
        };
    }

    @Bean
    ParkedEvents parkedEvents(
            EventProcessingConfiguration processing, JdbcTemplate jdbc, Clock clock, ProcessingSettings settings) {
        return new ParkedEvents(
                processing,
                jdbc,
                GROUPS,
                clock,
                settings.parked().retryInterval(),
                settings.parked().maxAutomaticRetries());
    }

    /** The automatic retries, checked every tenth of the retry interval once the processors run. */
    @Bean
    SmartLifecycle parkedEventRetries(ParkedEvents parked, ProcessingSettings settings) {
        var interval = settings.parked().retryInterval();
        return new SmartLifecycle() {
            private ScheduledExecutorService executor;

            @Override
            public void start() {
                executor = Executors.newSingleThreadScheduledExecutor(task -> {
                    var thread = new Thread(task, "parked-event-retries");
                    thread.setDaemon(true);
                    return thread;
                });
                long period = Math.max(100, interval.toMillis() / 10);
                executor.scheduleWithFixedDelay(parked::retryDue, period, period, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                executor.shutdownNow();
                executor = null;
            }

            @Override
            public boolean isRunning() {
                return executor != null;
            }

            @Override
            public int getPhase() {
                return SpringAxonConfiguration.LIFECYCLE_PHASE + 100; // after Axon's processors start, before they stop
            }
        };
    }

    /** {@code recours.events.parked{processingGroup=…}}: the cases parked in each group (one database count). */
    @Bean
    MeterBinder parkedEventsMetrics(ParkedEvents parked) {
        return registry -> {
            for (var group : GROUPS) {
                Gauge.builder("recours.events.parked", () -> parked.count(group))
                        .tag("processingGroup", group)
                        .baseUnit("cases")
                        .description("Cases whose events wait in the dead-letter queue of the processing group")
                        .register(registry);
            }
        };
    }

    /** DOWN while any case is parked (the evidence of that case is behind): not part of the readiness probe. */
    @Bean
    HealthIndicator parkedEventsHealthIndicator(ParkedEvents parked) {
        return () -> {
            var counts = parked.countsByGroup();
            var builder = counts.values().stream().allMatch(count -> count == 0) ? Health.up() : Health.down();
            return builder.withDetails(counts).build();
        };
    }
}
