package org.recours.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.platform.processing.ProcessingSettings;
import org.recours.platform.storage.CommitNotifyingEventSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingSettings.class)
public class AxonConfiguration {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Legal dates are French dates: "today" is today in Paris. Tests bring their own clock to move time. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(PARIS);
    }

    /** Events, tokens and messages as JSON: readable in psql, stable across versions (no XStream). */
    @Bean
    @Primary
    Serializer serializer() {
        return RecoursJson.serializer();
    }

    /** Every event carries who recorded it, copied from the command: the audit trail names that person. */
    @Bean
    CorrelationDataProvider actorOfTheCommand() {
        return new SimpleCorrelationDataProvider(
                ActorMetaData.STAFF_MEMBER, ActorMetaData.STAFF_ROLE, ActorMetaData.STAFF_BRANCH);
    }

    /**
     * Every event carries the audit narrative version current when it is recorded (see there); registered once the
     * beans exist, before Axon starts.
     */
    @Bean
    SmartInitializingSingleton auditNarrativeStamp(ObjectProvider<EventBus> eventBus) {
        return () -> eventBus.getObject().registerDispatchInterceptor(new AuditNarrativeStamp());
    }

    /**
     * Every projection runs on a pooled streaming processor whose work is cut into segments. Several instances on
     * one database share the segments through the token store: an instance works only on the segments it has
     * claimed, and takes over those whose claim another instance stopped renewing. {@code max-claimed-segments}
     * below the segment count makes instances split the work; the default lets one instance take all of it and the
     * others stand by (docs/configuration.md, "Several instances").
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(ProcessingSettings settings) {
        int segments = settings.segments();
        int maxClaimed = settings.maxClaimedSegments();
        Duration claimInterval = settings.tokenClaimInterval();
        int batchSize = settings.batchSize();
        var source = new java.util.concurrent.atomic.AtomicReference<CommitNotifyingEventSource>();
        return configurer -> configurer
                .eventProcessing()
                .configureDefaultStreamableMessageSource(config -> source.updateAndGet(
                        existing -> existing != null ? existing : new CommitNotifyingEventSource(config.eventStore())))
                .usingPooledStreamingEventProcessors((config, builder) -> {
                    builder.initialSegmentCount(segments)
                            .tokenClaimInterval(claimInterval.toMillis())
                            .claimExtensionThreshold(Math.max(100, claimInterval.toMillis()))
                            .batchSize(batchSize);
                    return maxClaimed > 0 ? builder.maxClaimedSegments(maxClaimed) : builder;
                });
    }

    /**
     * Two commands on one case that load the same version race on the event store's sequence number; the loser is
     * retried, and then either succeeds or, if the client sent If-Match, meets a version conflict (409).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .retryInterval(10)
                        .maxRetryCount(5)
                        .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException))
                        .build())
                .build();
    }
}
