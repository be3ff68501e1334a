package org.recours.portal.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code axon.axonserver.enabled=true} moves commands, queries and events to Axon Server. The connector is in the
 * build only with the Maven profile {@code axonserver} (the Docker image has it): without it the switch would
 * silently leave Axon with no event store at all, so the application refuses to start and says why.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
@ConditionalOnMissingClass("org.axonframework.axonserver.connector.AxonServerConnectionManager")
public class AxonServerSwitch {

    public static final String MISSING_CONNECTOR = "axon.axonserver.enabled=true but this build has no Axon Server "
            + "connector: build with ./mvnw -Paxonserver package (the Docker image has it), or set "
            + "AXON_AXONSERVER_ENABLED=false to keep the events in PostgreSQL.";

    @Bean
    Object axonServerConnectorRequired() {
        throw new IllegalStateException(MISSING_CONNECTOR);
    }
}
