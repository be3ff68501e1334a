package org.recours.platform.rebuild;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.recours.platform.processing.ProcessingSettings;
import org.recours.query.rebuild.RebuildableProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models without a token are rebuilt in bulk from the event store just before the event processors start
 * (Axon's start phase for inbound event connectors), when the store holds at least
 * {@code recours.processing.bulk-rebuild.min-events} events; below that, or with
 * {@code recours.processing.bulk-rebuild.enabled=false}, the processors replay the events themselves.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildConfiguration {

    @Bean
    ReadModelsRebuiltInBulk readModelsRebuiltInBulk(
            DataSource dataSource,
            Serializer serializer,
            TokenStore tokenStore,
            TransactionManager transactionManager,
            List<RebuildableProjection> projections,
            ProcessingSettings settings) {
        return new ReadModelsRebuiltInBulk(
                dataSource,
                new EventStoreInCaseOrder(dataSource, serializer),
                tokenStore,
                transactionManager,
                projections,
                settings.segments(),
                settings.bulkRebuild().minEvents(),
                settings.bulkRebuild().gapWindow());
    }

    @Bean
    ConfigurerModule readModelsRebuiltBeforeProcessorsStart(
            ReadModelsRebuiltInBulk rebuild, ProcessingSettings settings) {
        return configurer -> {
            if (settings.bulkRebuild().enabled()) {
                configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, rebuild::rebuildIfNeeded);
            }
        };
    }
}
