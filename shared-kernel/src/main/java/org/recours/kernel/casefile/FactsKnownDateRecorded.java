package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The day the consumer knew (or should have known) the facts, from which their action is time-barred after five years
 * (Code civil, art. 2224): recorded at filing or later, or changed ({@code previouslyKnownOn} the date it replaces,
 * null the first time; {@code reason} why it changed, null the first time). {@code limitationEndsOn} is the last day
 * to act as it stands once recorded, mediations' suspensions included (art. 2238); null while a mediation suspends it.
 */
public record FactsKnownDateRecorded(
        CaseId caseId, LocalDate knownOn, LocalDate previouslyKnownOn, LocalDate limitationEndsOn, String reason)
        implements CaseEvent {}
