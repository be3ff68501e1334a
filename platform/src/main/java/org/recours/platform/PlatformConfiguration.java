package org.recours.platform;

import org.recours.platform.deadlines.DeadlineConfiguration;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.platform.processing.ProcessingSettings;
import org.recours.platform.rebuild.RebuildConfiguration;
import org.recours.platform.storage.AxonStorageConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The framework plumbing an application of Recours runs on, not web at all: Axon's event and token stores on
 * PostgreSQL ({@code storage}), the clock, serializer, command gateway and event processors ({@code messaging}), the cases' deadlines in db-scheduler ({@code deadlines}), the read models rebuilt in
 * bulk ({@code rebuild}) and the event processors' settings ({@code processing}). Each workaround of a framework's gap
 * says in its Javadoc which gap, and when it can go.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingSettings.class)
@Import({
    AxonConfiguration.class,
    AxonStorageConfiguration.class,
    DeadlineConfiguration.class,
    RebuildConfiguration.class
})
public class PlatformConfiguration {}
