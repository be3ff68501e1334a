package org.recours.query.audittrail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.rebuild.RecordedStep;

/**
 * The audit entry a recorded step becomes: everything in it comes from the event message, so that the same events
 * give the same chain, byte for byte, whenever and however often it is rebuilt. Its text is evidence already handed
 * out: {@code StoredAuditEntriesTest} pins it for every event type.
 */
public final class AuditEntries {

    private final ObjectMapper json;

    public AuditEntries(ObjectMapper json) {
        this.json = json;
    }

    /** The step's entry, sealed onto the chain whose last hash is {@code previousHash}. */
    public AuditEntry entry(RecordedStep step, String previousHash) {
        var event = step.event();
        var narrative = AuditNarratives.of(step.narrativeVersion(), event);
        return AuditChain.seal(new AuditEntry(
                event.caseId().value(),
                step.sequence(),
                step.eventId(),
                step.recordedAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                step.actor() == null ? StaffMemberId.SYSTEM.value() : step.actor(),
                event.getClass().getSimpleName(),
                narrative.french(),
                narrative.english(),
                data(step),
                previousHash,
                null));
    }

    /** A case's chain from its genesis, given every one of its steps from its first. */
    public List<AuditEntry> chain(List<RecordedStep> steps) {
        var entries = new ArrayList<AuditEntry>(steps.size());
        var previousHash = AuditEntry.GENESIS;
        for (var step : steps) {
            var entry = entry(step, previousHash);
            entries.add(entry);
            previousHash = entry.hash();
        }
        return entries;
    }

    private String data(RecordedStep step) {
        try {
            return json.writeValueAsString(step.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "event " + step.event().getClass().getSimpleName() + " cannot be written", e);
        }
    }
}
