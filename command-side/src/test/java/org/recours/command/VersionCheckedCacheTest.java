package org.recours.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

/** A cached aggregate is used only while the event store holds nothing after it (ADR 27). */
class VersionCheckedCacheTest {

    static class Counter {
        @AggregateIdentifier
        String id = "C-1";
    }

    private final Map<String, Long> store = new HashMap<>();
    private final VersionCheckedCache cache = new VersionCheckedCache(2, store::get);

    private static AggregateCacheEntry<Counter> at(long version) {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class);
        return new AggregateCacheEntry<>(EventSourcedAggregate.reconstruct(
                new Counter(), model, version, false, null, NoSnapshotTriggerDefinition.TRIGGER));
    }

    @Test
    void anEntryIsAnsweredWhileTheStoreHasNothingNewer() {
        var entry = at(4);
        cache.put("C-1", entry);
        store.put("C-1", 4L);
        assertThat((Object) cache.get("C-1")).isSameAs(entry);
        assertThat(VersionCheckedCache.versionOf(entry)).isEqualTo(4L);
    }

    @Test
    void anEntryBehindTheStoreIsDroppedSoThatTheCaseIsLoadedAfresh() {
        cache.put("C-1", at(4));
        store.put("C-1", 6L); // another instance appended two events
        assertThat((Object) cache.get("C-1")).isNull();
        assertThat(cache.containsKey("C-1")).isFalse();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 50; i++) {
            cache.put("C-" + i, at(0));
            store.put("C-" + i, 0L);
        }
        long kept = java.util.stream.IntStream.range(0, 50)
                .filter(i -> cache.containsKey("C-" + i))
                .count();
        assertThat(kept).isLessThanOrEqualTo(2);
    }
}
