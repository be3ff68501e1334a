package org.recours.query.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.query.audittrail.AuditChain;
import org.recours.query.confidential.ConfidentialNotes;

/** The machine-readable export, format {@value #FORMAT}, documented in docs/evidence-format.md. */
public final class JsonExport {

    public static final String FORMAT = "recours-evidence-v1";

    record Document(
            String documentId,
            String fileName,
            String mediaType,
            long sizeInBytes,
            String sha256,
            String description,
            String attachedAt,
            boolean withdrawn,
            String withdrawalReason,
            String bundlePath,
            boolean scanned,
            String scannedWith,
            String scannedAt) {}

    record Export(
            String format,
            String caseId,
            String exportedAt,
            String exportedBy,
            String hashAlgorithm,
            String entryFormat,
            List<AuditEntry> entries,
            String finalHash,
            List<Document> documents,

            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            List<ConfidentialNotes.ConfidentialNote> confidentialNotesProducedWithThePartiesAgreement,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> entriesWithConfidentialDetailsWithheld) {}

    private JsonExport() {}

    public static byte[] write(CaseEvidence evidence, ObjectMapper json) {
        var documents = evidence.caseFile().evidence().stream()
                .map(d -> new Document(
                        d.documentId(),
                        d.fileName(),
                        d.mediaType(),
                        d.sizeInBytes(),
                        d.sha256(),
                        d.description(),
                        d.attachedAt().toString(),
                        d.withdrawalReason() != null,
                        d.withdrawalReason(),
                        CaseEvidence.bundlePath(d),
                        d.scan().scanned(),
                        d.scan().scannedWith(),
                        d.scan().scanned() ? d.scan().scannedAt().toString() : null))
                .toList();
        var export = new Export(
                FORMAT,
                evidence.caseFile().caseId().value(),
                evidence.exportedAt().toString(),
                evidence.exportedBy(),
                "SHA-256",
                AuditChain.FORMAT_TAG,
                evidence.entries(),
                evidence.finalHash(),
                documents,
                evidence.confidentialNotes(),
                evidence.withheldDetails());
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON export cannot be written", e);
        }
    }
}
