package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** The meters an operator's dashboard reads (docs/operations.md), under the names Axon's monitors gave them. */
class MessageMetersTest {

    record FileComplaint(String caseId) {}

    record AddNote(String caseId) {}

    record NoteAdded(String caseId) {}

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void commandsAreCountedAndTimedByCommand() {
        var meters = MessageMeters.commandBus(registry);

        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new FileComplaint("RC-1")))
                .reportSuccess();
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new AddNote("RC-1")))
                .reportSuccess();
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new AddNote("RC-1")))
                .reportFailure(new IllegalStateException("refused"));

        assertThat(registry.get("commandBus.successCounter")
                        .tag("payloadType", "AddNote")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("commandBus.successCounter")
                        .tag("payloadType", "FileComplaint")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("commandBus.failureCounter")
                        .tag("payloadType", "AddNote")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("commandBus.successTimer")
                        .tag("payloadType", "AddNote")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aProcessorCountsTheEventsItHandledAndShowsHowLateItsLastEventWas() {
        var meters = MessageMeters.eventProcessor(registry, "case-files");
        var twoSecondsOld = new GenericEventMessage<>(
                "event-1",
                new NoteAdded("RC-1"),
                java.util.Map.of(),
                GenericEventMessage.clock.instant().minus(Duration.ofSeconds(2)));

        meters.onMessageIngested(twoSecondsOld).reportSuccess();
        assertThat(latency()).isGreaterThanOrEqualTo(2_000.0);

        meters.onMessageIngested(GenericEventMessage.asEventMessage(new NoteAdded("RC-2")))
                .reportIgnored();
        assertThat(latency()).isLessThan(2_000.0);
        assertThat(registry.get("eventProcessor.successCounter")
                        .tags("processorName", "case-files", "payloadType", "NoteAdded")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    private double latency() {
        return registry.get("eventProcessor.latency")
                .tag("processorName", "case-files")
                .gauge()
                .value();
    }
}
