package org.recours.query.evidence;

import java.time.Instant;
import java.util.List;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.query.confidential.ConfidentialNotes;

/**
 * Everything an export of one case shows: the case as it stands, its audit trail, the consumer's name (null once
 * erased), and when and by whom the export was made. {@code withheldDetails}: the positions of the entries whose
 * confidential details (L612-3) were withheld, their own hash then not recomputable from the export (ADR 24).
 */
public record CaseEvidence(
        CaseFile caseFile,
        List<AuditEntry> entries,
        String consumerName,
        Instant exportedAt,
        String exportedBy,
        List<ConfidentialNotes.ConfidentialNote> confidentialNotes,
        List<Long> withheldDetails) {

    /** An export without confidential notes: what every export is unless the parties agreed (L612-3). */
    public CaseEvidence(
            CaseFile caseFile, List<AuditEntry> entries, String consumerName, Instant exportedAt, String exportedBy) {
        this(caseFile, entries, consumerName, exportedAt, exportedBy, List.of(), List.of());
    }

    /**
     * The same export with the case's confidential notes, which staff produce only when they state that the
     * parties agreed (Code de la consommation, art. L612-3). They are outside the hash chain.
     */
    public CaseEvidence withConfidentialNotes(List<ConfidentialNotes.ConfidentialNote> notes) {
        return new CaseEvidence(
                caseFile, entries, consumerName, exportedAt, exportedBy, List.copyOf(notes), withheldDetails);
    }

    /**
     * The same export without the details of mediation outcomes recorded before ADR 24, which their entries carry:
     * every export unless the parties agreed (L612-3).
     */
    public CaseEvidence withConfidentialDetailsWithheld() {
        return ConfidentialRedaction.withheld(this);
    }

    public String finalHash() {
        return entries.isEmpty()
                ? AuditEntry.GENESIS
                : entries.get(entries.size() - 1).hash();
    }

    /** Where a document lies inside an evidence bundle: named by its fingerprint, so names never collide. */
    public static String bundlePath(CaseFile.Evidence document) {
        return "documents/" + document.sha256().substring(0, 16) + "-"
                + document.fileName().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
