package org.recours.portal.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The messages a command bus or an event processor handled, on Micrometer under the names Axon's own monitors use
 * ({@code commandBus.successCounter}, {@code eventProcessor.latency}…), with one meter lookup per payload type
 * instead of per message.
 *
 * <p>Axon's dimensional monitors register their meters again for every message, and add timers with percentile
 * histograms and a capacity reservoir per component; with six processors that each see every event, they took a
 * tenth of the application's CPU per command (ADR 28).
 */
final class MessageMeters implements MessageMonitor<Message<?>> {

    private record Meters(Counter success, Counter failure, Timer timer) {}

    private final MeterRegistry registry;
    private final String prefix;
    private final Tags tags;
    private final boolean timed;
    private final AtomicLong latencyMillis;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

    private MessageMeters(MeterRegistry registry, String prefix, Tags tags, boolean timed, boolean latency) {
        this.registry = registry;
        this.prefix = prefix;
        this.tags = tags;
        this.timed = timed;
        this.latencyMillis = latency ? new AtomicLong() : null;
        if (latency) {
            Gauge.builder(prefix + ".latency", latencyMillis, AtomicLong::get)
                    .description("milliseconds between an event's time and its processing")
                    .tags(tags)
                    .register(registry);
        }
    }

    /** Commands handled, failed, and how long they took, by command. */
    static MessageMeters commandBus(MeterRegistry registry) {
        return new MessageMeters(registry, "commandBus", Tags.empty(), true, false);
    }

    /** Events a processor handled or failed on, by event, and how late its last event was. */
    static MessageMeters eventProcessor(MeterRegistry registry, String processorName) {
        return new MessageMeters(registry, "eventProcessor", Tags.of("processorName", processorName), false, true);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (latencyMillis != null && message instanceof EventMessage<?> event) {
            latencyMillis.set(Math.max(
                    0,
                    Duration.between(event.getTimestamp(), GenericEventMessage.clock.instant())
                            .toMillis()));
        }
        var meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::meters);
        long started = timed ? System.nanoTime() : 0;
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                meters.success().increment();
                if (meters.timer() != null) {
                    meters.timer().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                }
            }

            @Override
            public void reportFailure(Throwable cause) {
                meters.failure().increment();
            }

            @Override
            public void reportIgnored() {
                // a processor sees every event, and most are not for it: not counted
            }
        };
    }

    private Meters meters(Class<?> payloadType) {
        var tagged = tags.and("payloadType", payloadType.getSimpleName());
        return new Meters(
                registry.counter(prefix + ".successCounter", tagged),
                registry.counter(prefix + ".failureCounter", tagged),
                timed ? registry.timer(prefix + ".successTimer", tagged) : null);
    }
}
