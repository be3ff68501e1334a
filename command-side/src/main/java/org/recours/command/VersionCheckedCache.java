package org.recours.command;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * The aggregates an instance keeps between commands (Axon's caching repository), at most {@code maximumSize}, the
 * least recently used evicted first; and an entry is answered only while the event store holds no event after it.
 *
 * <p>Several instances share one database, and each has its cache: another instance may have appended to a case
 * this one holds. Before a cached case is used, the case's last sequence number is read from the event store (one
 * lookup on the primary key's index, instead of reading and replaying the case's events and snapshot); if it is not
 * the cached version, the entry is dropped and the case loaded afresh. Between that check and the commit another
 * instance can still append: the command then appends at a sequence number already taken, fails as any concurrent
 * command does (a {@code ConcurrencyException}), Axon's rollback evicts the entry, and the command gateway retries it
 * on a freshly loaded case (ADR 27).
 */
public final class VersionCheckedCache implements Cache {

    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ConcurrentMap<Object, Object> entries;
    private final Function<String, Long> lastSequenceNumber;

    /**
     * @param lastSequenceNumber an aggregate's last sequence number in the event store (null: no event), read in the
     *                           command's transaction
     */
    public VersionCheckedCache(long maximumSize, Function<String, Long> lastSequenceNumber) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run) // evictions on the thread that writes: cheap, and no pool of its own
                .build()
                .asMap();
        this.lastSequenceNumber = lastSequenceNumber;
    }

    /** The version an entry holds, or null if it is no aggregate. */
    static Long versionOf(Object entry) {
        return entry instanceof AggregateCacheEntry<?> aggregate ? (Long) VERSION.get(aggregate) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        var entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?>
                && !Objects.equals(versionOf(entry), lastSequenceNumber.apply(String.valueOf(key)))) {
            entries.remove(key, entry);
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    /** No listeners: nothing in Recours listens to the aggregates' cache. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }
}
