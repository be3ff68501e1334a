package org.recours.query.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.query.audittrail.AuditTrailTable;
import org.recours.query.casefile.CaseFileTable;

/** Exports one case's history: PDF for people, JSON for machines, CSV for spreadsheets, and the signed bundle. */
public class EvidenceExports {

    private final CaseFileTable caseFiles;
    private final AuditTrailTable auditTrail;
    private final EvidenceDocuments documents;
    private final PersonalDataVault vault;
    private final SigningKey signingKey;
    private final TimestampAuthority tsa;
    private final ObjectMapper json;
    private final Clock clock;

    public EvidenceExports(
            CaseFileTable caseFiles,
            AuditTrailTable auditTrail,
            EvidenceDocuments documents,
            PersonalDataVault vault,
            SigningKey signingKey,
            TimestampAuthority tsa,
            ObjectMapper json,
            Clock clock) {
        this.tsa = tsa;
        this.caseFiles = caseFiles;
        this.auditTrail = auditTrail;
        this.documents = documents;
        this.vault = vault;
        this.signingKey = signingKey;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The case's evidence as of now, or empty when no such case exists, without the confidential details of
     * mediation outcomes recorded before ADR 24 (L612-3).
     */
    public Optional<CaseEvidence> gather(CaseId caseId, String exportedBy) {
        return gather(caseId, exportedBy, false);
    }

    /**
     * The case's evidence as of now; with {@code partiesAgreed} (L612-3), the entries in full and the case's
     * confidential notes are added by the caller; otherwise the outcomes' confidential details are withheld.
     */
    public Optional<CaseEvidence> gather(CaseId caseId, String exportedBy, boolean partiesAgreed) {
        return caseFiles
                .find(caseId)
                .map(document -> document.toCaseFile(documents.scans(caseId)))
                .map(file -> new CaseEvidence(
                        file,
                        auditTrail.history(caseId.value()),
                        vault.find(file.consumer())
                                .map(ConsumerDetails::fullName)
                                .orElse(null),
                        clock.instant(),
                        exportedBy))
                .map(evidence -> partiesAgreed ? evidence : evidence.withConfidentialDetailsWithheld());
    }

    public byte[] json(CaseEvidence evidence) {
        return JsonExport.write(evidence, json);
    }

    public byte[] csv(CaseEvidence evidence) {
        return CsvExport.write(evidence);
    }

    public byte[] xlsx(CaseEvidence evidence) {
        return CsvExport.xlsx(evidence);
    }

    public byte[] pdf(CaseEvidence evidence) {
        return PdfExport.write(evidence);
    }

    /**
     * Writes the signed bundle to {@code out} as a stream: each attached document is copied from the database as it
     * is written, so a case's documents are never all in memory (only the JSON and PDF exports are).
     */
    public void bundle(CaseEvidence evidence, OutputStream out) throws IOException {
        var file = evidence.caseFile();
        var stored = documents.storedIds(file.caseId());
        var attached = new LinkedHashMap<String, EvidenceBundle.Content>();
        for (var document : file.evidence()) {
            if (stored.contains(document.documentId())) {
                attached.put(
                        CaseEvidence.bundlePath(document),
                        target -> documents.copy(file.caseId(), document.documentId(), target));
            }
        }
        try {
            EvidenceBundle.write(file.caseId().value(), json(evidence), pdf(evidence), attached, signingKey, tsa, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public SigningKey signingKey() {
        return signingKey;
    }
}
