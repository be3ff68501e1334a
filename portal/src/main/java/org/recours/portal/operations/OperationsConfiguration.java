package org.recours.portal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's messages on Spring Boot's meter registry, so that {@code /actuator/prometheus} shows them: commands
 * handled ({@code commandBus_*}), events handled and latency per processor ({@code eventProcessor_*}).
 *
 * <p>Declared here because Axon 4.13's Micrometer auto-configuration orders itself after Spring Boot 3's metrics
 * classes, which moved in Spring Boot 4 (it would create a registry of its own that nothing exports); and with
 * {@link MessageMeters} rather than Axon's monitors ({@code axon-micrometer}, not a dependency), for their cost
 * (ADR 28).
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /**
     * The command bus and each event processor, tagged by payload type (and {@code processorName}); nothing for the
     * event store and the query bus, which no dashboard reads.
     */
    @Bean
    ConfigurerModule axonMessageMeters(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> {
            if (EventProcessor.class.isAssignableFrom(componentType)) {
                return MessageMeters.eventProcessor(registry, componentName);
            }
            if (CommandBus.class.isAssignableFrom(componentType)) {
                return MessageMeters.commandBus(registry);
            }
            return NoOpMessageMonitor.INSTANCE;
        });
    }

    @Bean
    EventProcessorLag eventProcessorLag(
            EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        return new EventProcessorLag(processing, eventStore, registry);
    }
}
