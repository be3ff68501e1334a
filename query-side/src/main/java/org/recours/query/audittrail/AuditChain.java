package org.recours.query.audittrail;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.query.AuditEntry;

/**
 * The hash that chains an audit entry to the one before it: SHA-256 over the entry's fields as netstrings
 * ({@code <byte length>:<UTF-8 bytes>,}), in a fixed order, behind a version tag. Netstrings need no escaping
 * and no canonical JSON, so that anyone can recompute the hash from docs/evidence-format.md alone.
 */
public final class AuditChain {

    public static final String FORMAT_TAG = "recours-audit-entry-v1";

    private AuditChain() {}

    public static String hash(AuditEntry entry) {
        var digest = Sha256.digest();
        for (var field : new String[] {
            FORMAT_TAG,
            entry.caseId(),
            Long.toString(entry.position()),
            entry.eventId(),
            entry.recordedAt(),
            entry.actor(),
            entry.kind(),
            entry.summaryFr(),
            entry.summaryEn(),
            entry.data(),
            entry.previousHash()
        }) {
            var bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            digest.update((byte) ',');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entry with its hash computed from its fields and its predecessor's hash. */
    public static AuditEntry seal(AuditEntry entry) {
        return new AuditEntry(
                entry.caseId(),
                entry.position(),
                entry.eventId(),
                entry.recordedAt(),
                entry.actor(),
                entry.kind(),
                entry.summaryFr(),
                entry.summaryEn(),
                entry.data(),
                entry.previousHash(),
                hash(entry));
    }
}
