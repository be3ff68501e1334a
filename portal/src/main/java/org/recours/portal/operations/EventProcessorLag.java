package org.recours.portal.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code recours.event.processor.lag{processorName=…}}: how many events the slowest segment this instance holds is
 * behind the head of the event store. NaN when this instance holds no segment of the processor (another instance
 * does): sum or max over instances in Prometheus. Axon's own {@code eventProcessor.latency} gives the lag in time.
 */
class EventProcessorLag {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    EventProcessorLag(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("recours.event.processor.lag", streaming, this::lag)
                        .tag("processorName", name)
                        .baseUnit("events")
                        .description("Events between the head of the event store and the slowest segment held here")
                        .register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return Double.NaN;
        }
        long head = position(eventStore.createHeadToken()).orElse(-1);
        long slowest = statuses.stream()
                .mapToLong(status -> position(status.getTrackingToken()).orElse(-1))
                .min()
                .orElse(head);
        return Math.max(0, head - slowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
