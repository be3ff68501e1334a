package org.recours.kernel.consumer;

import java.util.Optional;
import org.recours.kernel.casefile.ConsumerId;

/**
 * Where consumers' personal data lives, outside the immutable event store; see docs/adr/0002.
 * Erasing a consumer removes the data here and nowhere else is it kept.
 */
public interface PersonalDataVault {

    void store(ConsumerId consumer, ConsumerDetails details);

    /** Replaces the consumer's details; false when the consumer is unknown or was erased (nothing is written). */
    boolean update(ConsumerId consumer, ConsumerDetails details);

    /** Empty when the consumer is unknown or was erased. */
    Optional<ConsumerDetails> find(ConsumerId consumer);

    /**
     * The full names of these consumers, read at once (a page of campaign members, say); those unknown or erased are
     * not in the answer.
     */
    java.util.Map<ConsumerId, String> fullNames(java.util.Collection<ConsumerId> consumers);

    /** The consumers whose name contains every given word (case-insensitive), at most {@code limit} of them. */
    java.util.List<ConsumerId> findByName(String words, int limit);

    /** Deletes the consumer's personal data for good; the cases keep only the consumer's id. */
    void erase(ConsumerId consumer);
}
