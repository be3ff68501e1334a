package org.recours.portal.evidence;

import java.security.Principal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Require;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.casefile.CaseSteps;
import org.recours.query.evidence.DocumentTypes;
import org.recours.query.evidence.EvidenceDocuments;
import org.recours.query.evidence.StoredDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Takes a document in as evidence: checks its size and what its content really is, stores it with its SHA-256,
 * then has the case record it; if the case refuses, the stored bytes are taken back.
 */
@Service
public class EvidenceIntake {

    /** The stored document and the case's version once it recorded it. */
    public record Attached(StoredDocument document, long version) {
    }

    private final EvidenceDocuments documents;
    private final CaseSteps steps;
    private final DataSize maxSize;

    EvidenceIntake(EvidenceDocuments documents, CaseSteps steps,
                   @Value("${recours.evidence.max-size:20MB}") DataSize maxSize) {
        this.documents = documents;
        this.steps = steps;
        this.maxSize = maxSize;
    }

    public Attached attach(CaseId caseId, Long expectedVersion, String originalName, byte[] content,
                           String description, Principal principal) {
        if (content.length > maxSize.toBytes()) {
            throw new DocumentTooLarge(maxSize);
        }
        if (content.length == 0) {
            throw new InvalidCaseData("file", "Le document envoyé est vide.");
        }
        var sentAs = Require.text("fileName", originalName == null ? "document" : originalName, 250);
        var describedAs = Require.text("description", description, Require.SHORT_TEXT);
        var mediaType = DocumentTypes.check(sentAs, content);
        var fileName = DocumentTypes.storedName(sentAs, mediaType);
        var stored = documents.store(caseId, fileName, mediaType, content);
        try {
            long version = steps.send(new AttachEvidence(caseId, expectedVersion, stored.documentId(), fileName,
                    mediaType, content.length, stored.sha256(), describedAs), principal);
            return new Attached(stored, version);
        } catch (RuntimeException refused) {
            documents.forget(stored.documentId());
            throw refused instanceof AggregateNotFoundException || refused instanceof CaseOutOfReach
                    ? new CaseNotFound(caseId.value()) : refused;
        }
    }
}
