package org.recours.platform.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.DocumentId;
import org.recours.platform.processing.ProcessingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's JDBC event store and token store on the application's DataSource, in Spring's transactions.
 *
 * <p>Declared here rather than left to Axon 4.13's auto-configuration: that one orders itself after Spring Boot 3's
 * DataSource auto-configuration, and under Spring Boot 4 (whose classes moved) it finds no DataSource yet and
 * silently falls back to an in-memory event bus and no transactions.
 *
 * <p><b>Works around</b> the ordering of Axon 4.13's {@code JdbcAutoConfiguration}, written for Spring Boot 3's
 * DataSource auto-configuration (Axon fixed the same gap for Boot 4 in its 5.x line: AxonFramework pull request 4450).
 * <b>Can go</b> (all but the snapshot serializer and filter, the schemas' snake-case names and the token store's
 * settings, which are ours) when the Axon 4 release in use orders that auto-configuration after Boot 4's
 * DataSource: remove these beans and check that {@code TwoInstancesIT} and {@code ProcessKilledIT} still pass.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AxonStorageConfiguration.class);

    /** The tables of the Flyway migration V2026_11_25_0900, in snake case. */
    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /** The events in PostgreSQL, unless Axon Server keeps them ({@code axon.axonserver.enabled=true}). */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            PersistenceExceptionResolver exceptionResolver,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager) {
        var snapshots = snapshotSerializer();
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshots)
                .snapshotFilter(readableSnapshots(snapshots))
                .eventSerializer(serializer)
                .persistenceExceptionResolver(exceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EVENT_SCHEMA)
                .build();
    }

    /**
     * Snapshots hold an aggregate's own fields, private ones included (the aggregates have no getters: their state is
     * theirs), as JSON in the same form as the events' values. See {@link #readableSnapshots} for the snapshots that
     * no longer fit the aggregate.
     */
    public static Serializer snapshotSerializer() {
        var objectMapper = RecoursJson.objectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new SimpleModule("recours-snapshot-keys")
                        .addKeyDeserializer(DocumentId.class, new KeyDeserializer() {
                            @Override
                            public Object deserializeKey(String key, DeserializationContext context) {
                                return DocumentId.parse(key);
                            }
                        }));
        return JacksonSerializer.builder().objectMapper(objectMapper).build();
    }

    /**
     * The snapshots an aggregate is loaded from: those of its current {@code @Revision} that deserialise. Any other
     * (taken before the aggregate's fields changed) is passed over, and the aggregate is replayed from its events;
     * without this check a snapshot that no longer deserialises would make its case fail to load.
     */
    static SnapshotFilter readableSnapshots(Serializer snapshotSerializer) {
        var revisions = new AnnotationRevisionResolver();
        return snapshot -> {
            var type = snapshot.getPayload().getType();
            try {
                var aggregateClass = snapshotSerializer.classForType(type);
                if (!Objects.equals(revisions.revisionOf(aggregateClass), type.getRevision())) {
                    return false;
                }
                snapshotSerializer.deserialize(snapshot.getPayload());
                return true;
            } catch (RuntimeException e) {
                LOG.warn(
                        "Snapshot of {} at {} ignored, the aggregate is replayed from its events: {}",
                        snapshot.getAggregateIdentifier(),
                        snapshot.getSequenceNumber(),
                        e.toString());
                return false;
            }
        };
    }

    /**
     * Tokens stay beside the projections in PostgreSQL, even with Axon Server: a projection's rows and its token
     * move in one transaction. An instance that stops renewing its claim on a segment for {@code claim-timeout}
     * loses it to another instance.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, ProcessingSettings settings) {
        var claimTimeout = settings.claimTimeout();
        var nodeId = settings.nodeId();
        var builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .claimTimeout(claimTimeout);
        // the owner written in token_entry: unique per running application, even two in one JVM (as in the tests
        // of several instances on one database), unless configured
        return builder.nodeId(
                        nodeId.isBlank()
                                ? ManagementFactory.getRuntimeMXBean().getName() + "/"
                                        + UUID.randomUUID().toString().substring(0, 8)
                                : nodeId)
                .build();
    }
}
