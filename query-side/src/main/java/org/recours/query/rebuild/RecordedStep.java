package org.recours.query.rebuild;

import java.time.Instant;
import org.recours.kernel.casefile.CaseEvent;

/**
 * One step of a case as the event store holds it, with what the projections take from its message: its sequence
 * number in the case, the message's id, when it was recorded and who recorded it ({@code null}: nobody named).
 */
public record RecordedStep(CaseEvent event, long sequence, String eventId, Instant recordedAt, String actor) {
}
