package org.recours.portal.parked;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A row of the dead-letter queue as Axon writes it, for the tests that need a parked case without a failing handler
 * (the page's look, the bulk rebuild): only its listing columns are meaningful; {@link ParkedEventsIT} parks real
 * events. Past the automatic retries, so that no processor takes it meanwhile.
 */
public final class ParkedEventRows {

    private ParkedEventRows() {}

    public static void park(JdbcTemplate jdbc, String id, String processingGroup, String caseId) {
        jdbc.update("""
                INSERT INTO dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,
                    message_type, event_identifier, time_stamp, payload_type, payload, aggregate_type,
                    aggregate_identifier, sequence_number, enqueued_at, last_touched, cause_type, cause_message,
                    diagnostics)
                VALUES (?, ?, ?, 0, 'org.axonframework.eventhandling.GenericDomainEventMessage', ?,
                    '2026-12-04T09:00:00Z', 'org.recours.kernel.casefile.NoteAdded', convert_to('{}', 'UTF8'),
                    'ComplaintCase', ?, 4, '2026-12-04T09:00:01Z', '2026-12-04T09:05:00Z',
                    'java.lang.IllegalStateException', 'panne', convert_to('{"attempts":99}', 'UTF8'))""", id, processingGroup, caseId, id + "-event", caseId);
    }

    public static void remove(JdbcTemplate jdbc, String id) {
        jdbc.update("DELETE FROM dead_letter_entry WHERE dead_letter_id = ?", id);
    }
}
