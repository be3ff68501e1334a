package org.recours.command;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.recours.command.campaign.Campaign;
import org.recours.command.casefile.ComplaintCase;
import org.springframework.context.annotation.Bean;

/** Registers the aggregates with Axon; the domain classes themselves know nothing of Spring. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties({
    SnapshotSettings.class,
    AggregateCacheSettings.class
})
public class CommandSideConfiguration {

    /**
     * A case is loaded from its latest snapshot and the events after it, once it has {@code recours.snapshot.threshold}
     * events since the last snapshot (or since its filing); 0 switches snapshots off. The snapshot is taken after the
     * command that crosses the threshold commits; a snapshot of an older form of the case (another
     * {@code @Revision}) is ignored and the case replayed from its events. Between commands the instance keeps the
     * most recently used cases, used only while the event store holds nothing newer (ADR 27).
     */
    @Bean
    ConfigurerModule complaintCaseAggregate(SnapshotSettings settings, AggregateCacheSettings cache) {
        int snapshotThreshold = settings.threshold();
        var aggregate = AggregateConfigurer.defaultConfiguration(ComplaintCase.class);
        if (cache.cases() > 0) {
            aggregate.configureCache(config -> versionChecked(config, cache.cases()));
        }
        aggregate.configureSnapshotTrigger(config -> snapshotThreshold > 0
                ? new EventCountSnapshotTriggerDefinition(snapshotter(config, aggregate), snapshotThreshold)
                : NoSnapshotTriggerDefinition.INSTANCE);
        return configurer -> configurer.configureAggregate(aggregate);
    }

    /**
     * Campaigns: one aggregate per collective file, with an event per member joining, consenting…: loaded from a
     * snapshot as cases are, so that a campaign of 10,000 members is not replayed from its first event on every command,
     * and kept between commands in a bounded cache: a snapshot of 10,000 members is a megabyte of JSON, and reading it
     * for each of 1,000 cases added in one action took most of that action's time (docs/performance.md). A cached
     * campaign is used only while the event store holds nothing newer; one that another instance appends to in between
     * fails as any concurrent command does, its rollback evicts the entry, and the command is retried on a fresh load
     * (ADR 27).
     */
    @Bean
    ConfigurerModule campaignAggregate(SnapshotSettings settings, AggregateCacheSettings cache) {
        int snapshotThreshold = settings.threshold();
        var aggregate = AggregateConfigurer.defaultConfiguration(Campaign.class);
        if (cache.campaigns() > 0) {
            aggregate.configureCache(config -> versionChecked(config, cache.campaigns()));
        }
        aggregate.configureSnapshotTrigger(config -> snapshotThreshold > 0
                ? new EventCountSnapshotTriggerDefinition(snapshotter(config, aggregate), snapshotThreshold)
                : NoSnapshotTriggerDefinition.INSTANCE);
        return configurer -> configurer.configureAggregate(aggregate);
    }

    private static VersionCheckedCache versionChecked(Configuration config, int maximumSize) {
        return new VersionCheckedCache(
                maximumSize, id -> config.eventStore().lastSequenceNumberFor(id).orElse(null));
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
