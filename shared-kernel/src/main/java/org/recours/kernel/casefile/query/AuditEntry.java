package org.recours.kernel.casefile.query;

/**
 * One step of a case's history as evidence: what happened, when the server recorded it (UTC, ISO-8601), who
 * recorded it, the step's data as JSON text, and the SHA-256 chaining it to the entry before. The hash input is
 * documented in docs/evidence-format.md.
 */
public record AuditEntry(
        String caseId,
        long position,
        String eventId,
        String recordedAt,
        String actor,
        String kind,
        String summaryFr,
        String summaryEn,
        String data,
        String previousHash,
        String hash) {

    /** The previous hash of a case's first entry. */
    public static final String GENESIS = "0".repeat(64);
}
