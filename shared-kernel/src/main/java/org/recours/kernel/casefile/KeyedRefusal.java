package org.recours.kernel.casefile;

/**
 * A refusal worded from the refusals bundles by its key and typed arguments ({@link RefusalText}): its message is
 * the French sentence, and a page renders it in its own language with the same detail.
 */
public interface KeyedRefusal {

    RefusalText text();
}
