package org.recours.query.audittrail;

import org.recours.kernel.casefile.CaseEvent;

/**
 * The versions of the sentences that tell each step in the audit trail. A sentence is hashed into its entry and
 * handed out in bundles, so the wording of a version never changes once released: a better wording is a new
 * version, which applies to the events recorded from then on. Each event carries in its metadata the version that
 * was current when it was recorded ({@link #META_DATA_KEY}, stamped on every event published); the audit trail,
 * rebuilt whenever, tells each step in its own version and so writes the same chain byte for byte
 * (docs/adr/0011-audit-narratives-are-versioned.md).
 *
 * <p>To reword: copy {@link StepNarrative} to a new class for the new version (or write one that delegates to the
 * previous version for the event types it does not reword), add it to {@link #of}, raise {@link #CURRENT}, and
 * approve the new entries; the approved entries of earlier versions stay as they are.
 */
public final class AuditNarratives {

    /** The metadata of an event that names the narrative version its audit entry is told in. */
    public static final String META_DATA_KEY = "auditNarrative";

    /**
     * The version stamped on the events recorded now (2: a mediation request's date is provisional; 3: a mediation's
     * end told without its confidential details, a written support contact told as a written complaint; issue 13;
     * 4: English dates and sending methods in words, a mediator with its article, an answer's assessment that
     * agrees; issue 16; 5: every English date in words, ADR 24).
     */
    public static final int CURRENT = 5;

    /** The version of the events recorded before versions were stamped on them: the first. */
    public static final int UNSTAMPED = 1;

    private AuditNarratives() {}

    /** The version named by an event's metadata value ({@code null}: recorded before versions were stamped). */
    public static int version(Object metaDataValue) {
        if (metaDataValue == null) {
            return UNSTAMPED;
        }
        try {
            return Integer.parseInt(metaDataValue.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unreadable audit narrative version: " + metaDataValue, e);
        }
    }

    /** The sentences of {@code event} in narrative {@code version}. */
    static StepNarrative.Sentences of(int version, CaseEvent event) {
        return switch (version) {
            case 1 -> StepNarrative.of(event);
            case 2 -> StepNarrativeV2.of(event);
            case 3 -> StepNarrativeV3.of(event);
            case 4 -> StepNarrativeV4.of(event);
            case 5 -> StepNarrativeV5.of(event);
            default ->
                throw new IllegalArgumentException("unknown audit narrative version " + version
                        + " (this build knows 1 to " + CURRENT + "): an event recorded by a newer build");
        };
    }
}
