package org.recours.query.rebuild;

import java.time.Instant;
import java.util.Map;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.query.audittrail.AuditNarratives;

/**
 * One step of a case as the event store holds it, with what the projections take from its message: its sequence
 * number in the case, the message's id, when it was recorded, who recorded it ({@code null}: nobody named) and the
 * version of the narrative its audit entry is told in.
 */
public record RecordedStep(
        CaseEvent event, long sequence, String eventId, Instant recordedAt, String actor, int narrativeVersion) {

    /** The step of an event message, its actor and narrative version read from its metadata. */
    public static RecordedStep of(
            CaseEvent event, long sequence, String eventId, Instant recordedAt, Map<String, ?> metaData) {
        var actor = metaData.get(ActorMetaData.STAFF_MEMBER);
        return new RecordedStep(
                event,
                sequence,
                eventId,
                recordedAt,
                actor == null ? null : actor.toString(),
                AuditNarratives.version(metaData.get(AuditNarratives.META_DATA_KEY)));
    }
}
