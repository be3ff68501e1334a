package org.recours.portal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics on Spring Boot's meter registry, so that {@code /actuator/prometheus} shows them: commands
 * handled ({@code commandBus_*}), events handled and latency per processor ({@code eventProcessor_*}).
 *
 * <p>Declared here because Axon 4.13's Micrometer auto-configuration orders itself after Spring Boot 3's metrics
 * classes, which moved in Spring Boot 4: it would create a registry of its own that nothing exports (it is
 * excluded in application.yml).
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry registry) {
        return new GlobalMetricRegistry(registry);
    }

    /** With dimensions: one series per processor, tagged {@code eventProcessor}, rather than one name each. */
    @Bean
    ConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }

    @Bean
    EventProcessorLag eventProcessorLag(
            EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        return new EventProcessorLag(processing, eventStore, registry);
    }
}
