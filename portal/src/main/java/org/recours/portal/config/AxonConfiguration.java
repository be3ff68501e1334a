package org.recours.portal.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.recours.kernel.casefile.ActorMetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.recours.query.json.RecoursJson;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
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
        return JacksonSerializer.builder().objectMapper(RecoursJson.objectMapper()).build();
    }

    /** Every event carries who recorded it, copied from the command: the audit trail names that person. */
    @Bean
    CorrelationDataProvider actorOfTheCommand() {
        return new SimpleCorrelationDataProvider(ActorMetaData.STAFF_MEMBER, ActorMetaData.STAFF_ROLE,
                ActorMetaData.STAFF_BRANCH);
    }

    @Bean
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
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
