package org.recours.query.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recours.kernel.casefile.query.AuditEntry;

/**
 * Withholds from an export the details of a mediation's outcome that entries recorded before ADR 24 carry in their
 * data and, up to narrative version 2, in their sentences: what the mediator found may not be produced without the
 * parties' agreement (Code de la consommation, art. L612-3). Such an entry keeps its position, its hash and the hash
 * before it, so the chain still links; its own hash can be recomputed only from the entry in full, which an export
 * made with the parties' agreement carries. Staff read the details as a confidential note.
 */
final class ConfidentialRedaction {

    static final Set<String> KINDS = Set.of("MediationConcluded", "MediationOutcomeCorrected");
    static final String WITHHELD_FR = "[détail confidentiel non produit (Code de la consommation, art. L612-3)]";
    static final String WITHHELD_EN = "[confidential detail not produced (Consumer Code art. L612-3)]";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfidentialRedaction() {}

    /** The evidence with the details withheld from every entry that carries them, and those entries named. */
    static CaseEvidence withheld(CaseEvidence evidence) {
        var entries = new ArrayList<AuditEntry>(evidence.entries().size());
        var withheld = new ArrayList<Long>();
        for (var entry : evidence.entries()) {
            var details = details(entry);
            if (details == null) {
                entries.add(entry);
            } else {
                entries.add(withheld(entry, details));
                withheld.add(entry.position());
            }
        }
        return new CaseEvidence(
                evidence.caseFile(),
                List.copyOf(entries),
                evidence.consumerName(),
                evidence.exportedAt(),
                evidence.exportedBy(),
                evidence.confidentialNotes(),
                List.copyOf(withheld));
    }

    /** The details an entry's data carries, or null. */
    private static String details(AuditEntry entry) {
        if (!KINDS.contains(entry.kind())) {
            return null;
        }
        try {
            var details = JSON.readTree(entry.data()).path("details");
            return details.isTextual() && !details.asText().isBlank() ? details.asText() : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry " + entry.position() + " holds no JSON data", e);
        }
    }

    private static AuditEntry withheld(AuditEntry entry, String details) {
        try {
            var data = (ObjectNode) JSON.readTree(entry.data());
            data.putNull("details");
            return new AuditEntry(
                    entry.caseId(),
                    entry.position(),
                    entry.eventId(),
                    entry.recordedAt(),
                    entry.actor(),
                    entry.kind(),
                    entry.summaryFr().replace(details, WITHHELD_FR),
                    entry.summaryEn().replace(details, WITHHELD_EN),
                    JSON.writeValueAsString(data),
                    entry.previousHash(),
                    entry.hash());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry " + entry.position() + " holds no JSON data", e);
        }
    }
}
