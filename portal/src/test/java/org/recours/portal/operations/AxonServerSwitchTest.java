package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

class AxonServerSwitchTest {

    private static final boolean CONNECTOR_IN_BUILD =
            ClassUtils.isPresent("org.axonframework.axonserver.connector.AxonServerConnectionManager", null);

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(AxonServerSwitch.class);

    @Test
    void switchingToAxonServerWithoutTheConnectorStopsTheStartWithTheWayOut() {
        context.withPropertyValues("axon.axonserver.enabled=true").run(started -> {
            if (CONNECTOR_IN_BUILD) {
                assertThat(started).hasNotFailed();
            } else {
                assertThat(started).hasFailed();
                assertThat(started.getStartupFailure()).rootCause().hasMessage(AxonServerSwitch.MISSING_CONNECTOR);
            }
        });
    }

    @Test
    void theDefaultKeepsTheEventsInPostgresql() {
        context.withPropertyValues("axon.axonserver.enabled=false")
                .run(started -> assertThat(started).hasNotFailed());
    }
}
