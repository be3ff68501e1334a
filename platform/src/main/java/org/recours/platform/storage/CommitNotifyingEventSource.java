package org.recours.platform.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the streaming processors read it, telling them when events of this instance were committed.
 *
 * <p>Axon's embedded event store gives its streams no "events available" callback, so a pooled streaming processor
 * with nothing to do looks again only every 500 ms: every projection lagged half a second behind its command. With
 * the callback, an idle processor reads as soon as the transaction that stored new events commits. Events stored by
 * another instance are still found by the processors' periodic look ({@code recours.processing.token-claim-interval}).
 *
 * <p><b>Works around</b> a limit of Axon 4.13's {@code EmbeddedEventStore}: its {@code BlockingStream} never calls
 * the {@code setOnAvailableCallback} the pooled streaming processor gives it (Axon Server's stream does). <b>Can
 * go</b> when the event store in use calls it: then the processors' lag after a command
 * (docs/performance.md) stays below a few milliseconds without this class.
 */
public final class CommitNotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore store;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

    public CommitNotifyingEventSource(EventStore store) {
        this.store = store;
        store.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> notifyWaiting());
            } else {
                notifyWaiting();
            }
        });
    }

    private void notifyWaiting() {
        waiting.forEach(Runnable::run);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new NotifyingStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            if (callback != null) {
                waiting.remove(callback);
            }
            callback = onAvailable;
            waiting.add(onAvailable);
            delegate.setOnAvailableCallback(onAvailable); // a source that can tell by itself (Axon Server) still does
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                waiting.remove(callback);
            }
            delegate.close();
        }
    }
}
