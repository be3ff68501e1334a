package org.recours.command;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.recours.command.campaign.Campaign;
import org.recours.command.casefile.ComplaintCase;
import org.springframework.context.annotation.Bean;

/** Registers the aggregates with Axon; the domain classes themselves know nothing of Spring. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(SnapshotSettings.class)
public class CommandSideConfiguration {

    /**
     * A case is loaded from its latest snapshot and the events after it, once it has {@code recours.snapshot.threshold}
     * events since the last snapshot (or since its filing); 0 switches snapshots off. The snapshot is taken after the
     * command that crosses the threshold commits; a snapshot of an older form of the case (another
     * {@code @Revision}) is ignored and the case replayed from its events.
     */
    @Bean
    ConfigurerModule complaintCaseAggregate(SnapshotSettings settings) {
        int snapshotThreshold = settings.threshold();
        var aggregate = AggregateConfigurer.defaultConfiguration(ComplaintCase.class);
        aggregate.configureSnapshotTrigger(config -> snapshotThreshold > 0
                ? new EventCountSnapshotTriggerDefinition(snapshotter(config, aggregate), snapshotThreshold)
                : NoSnapshotTriggerDefinition.INSTANCE);
        return configurer -> configurer.configureAggregate(aggregate);
    }

    /**
     * Campaigns: one aggregate per collective file, with an event per member joining, consenting…: loaded from a
     * snapshot as cases are, so that a campaign of 10,000 members is not replayed from its first event on every command,
     * and kept between commands in a cache of weak references: a snapshot of 10,000 members is a megabyte of JSON, and
     * reading it for each of 1,000 cases added in one action took most of that action's time (docs/performance.md).
     * An instance whose cached campaign is behind another instance's appends at a sequence number already taken: that
     * command fails as any concurrent one does, its rollback evicts the entry, and the next command loads afresh.
     */
    @Bean
    ConfigurerModule campaignAggregate(SnapshotSettings settings) {
        int snapshotThreshold = settings.threshold();
        var aggregate = AggregateConfigurer.defaultConfiguration(Campaign.class);
        aggregate.configureCache(config -> new WeakReferenceCache());
        aggregate.configureSnapshotTrigger(config -> snapshotThreshold > 0
                ? new EventCountSnapshotTriggerDefinition(snapshotter(config, aggregate), snapshotThreshold)
                : NoSnapshotTriggerDefinition.INSTANCE);
        return configurer -> configurer.configureAggregate(aggregate);
    }

    /**
     * A snapshotter of its own: the one Axon's Spring support declares knows only the aggregates declared as Spring
     * beans. It takes the snapshot on the thread that committed the command, after the commit.
     */
    private static <T> Snapshotter snapshotter(Configuration config, AggregateConfiguration<T> aggregate) {
        return AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(aggregate.aggregateFactory())
                .transactionManager(config.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .repositoryProvider(config::repository)
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(aggregate.aggregateType()))
                .build();
    }
}
