package org.recours.query.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * State a projection keeps for the length of one event processor batch: created by the batch's first event, given
 * the ids of every case the batch holds (so that their rows are read in one query), and written once, just before the
 * batch's transaction commits — together with the processor's token, as before. A rolled-back batch takes it along.
 * Outside an event processor's batch (tests calling a handler directly, a parked event retried from the dead-letter
 * queue) there is no batch: the caller writes at once.
 *
 * <p>A handler that throws must leave its batch as it found it: the event is then parked and the batch goes on with
 * the other cases (a handler that fails before changing the state keeps it so; see the case files' projection).
 */
public final class ProcessorBatch {

    private ProcessorBatch() {}

    /**
     * The batch state under {@code key} in the current event processor batch, created by {@code create} from the case
     * ids of the batch's events and flushed by {@code flush} before commit; empty outside a batch.
     */
    public static <S> Optional<S> current(String key, Function<Set<String>, S> create, Consumer<S> flush) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return Optional.of(unitOfWork.getOrComputeResource(key, k -> {
            S state = create.apply(caseIds(unitOfWork));
            unitOfWork.onPrepareCommit(u -> flush.accept(state));
            return state;
        }));
    }

    /** The aggregate ids of the events of the batch. */
    private static Set<String> caseIds(UnitOfWork<?> unitOfWork) {
        var ids = new LinkedHashSet<String>();
        for (var event : events(unitOfWork)) {
            ids.add(event.getAggregateIdentifier());
        }
        return ids;
    }

    /** The events of the current batch, in their order; none outside a batch. */
    public static List<DomainEventMessage<?>> events() {
        return CurrentUnitOfWork.isStarted() ? events(CurrentUnitOfWork.get().root()) : List.of();
    }

    private static List<DomainEventMessage<?>> events(UnitOfWork<?> unitOfWork) {
        var events = new ArrayList<DomainEventMessage<?>>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            for (var message : batch.getMessages()) {
                if (message instanceof DomainEventMessage<?> event) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** {@code ids} in slices of at most {@code size}, for {@code IN (…)} lists. */
    public static List<List<String>> slices(Set<String> ids, int size) {
        var all = new ArrayList<>(ids);
        var slices = new ArrayList<List<String>>();
        for (int from = 0; from < all.size(); from += size) {
            slices.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return slices;
    }

    /** {@code ?, ?, ?} for {@code n} parameters. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
