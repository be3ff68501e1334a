package org.recours.query.evidence;

import java.time.Instant;
import java.util.List;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.CaseFile;

/**
 * Everything an export of one case shows: the case as it stands, its audit trail, the consumer's name (null once
 * erased), and when and by whom the export was made.
 */
public record CaseEvidence(CaseFile caseFile, List<AuditEntry> entries, String consumerName, Instant exportedAt,
                           String exportedBy) {

    public String finalHash() {
        return entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
    }

    /** Where a document lies inside an evidence bundle: named by its fingerprint, so names never collide. */
    public static String bundlePath(CaseFile.Evidence document) {
        return "documents/" + document.sha256().substring(0, 16) + "-"
                + document.fileName().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
