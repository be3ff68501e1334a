package org.recours.portal.evidence;

import java.security.Principal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.portal.antivirus.DocumentScanner;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.casefile.CaseSteps;
import org.recours.query.evidence.DocumentTypes;
import org.recours.query.evidence.EvidenceDocuments;
import org.recours.query.evidence.StoredDocument;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Takes a document in as evidence, whoever sends it (staff, or the public): checks its size and what its content
 * really is, has the antivirus read it ({@link DocumentScanner}), and only then stores it with its SHA-256 and the
 * scan, and has the case record it; if the case refuses, the stored bytes are taken back. A document refused by one
 * of the checks is never stored.
 */
@Service
public class EvidenceIntake {

    /** The stored document and the case's version once it recorded it. */
    public record Attached(StoredDocument document, long version) {}

    /**
     * A document that passed every check ({@link #check}), not stored yet: its name as stored, its real type, and
     * what the antivirus said of it. Only {@link #check} makes one, so that no document is stored unchecked.
     */
    public static final class CheckedDocument {

        private final String fileName;
        private final String mediaType;
        private final byte[] content;
        private final CaseFile.Scan scan;

        private CheckedDocument(String fileName, String mediaType, byte[] content, CaseFile.Scan scan) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.content = content;
            this.scan = scan;
        }

        public String fileName() {
            return fileName;
        }

        public String mediaType() {
            return mediaType;
        }

        public byte[] content() {
            return content;
        }

        public CaseFile.Scan scan() {
            return scan;
        }
    }

    private final EvidenceDocuments documents;
    private final CaseSteps steps;
    private final DocumentScanner scanner;
    private final DataSize maxSize;

    EvidenceIntake(EvidenceDocuments documents, CaseSteps steps, DocumentScanner scanner, EvidenceSettings settings) {
        this.documents = documents;
        this.steps = steps;
        this.scanner = scanner;
        this.maxSize = settings.maxSize();
    }

    /**
     * Checks a document sent as {@code originalName}: its size, its content's type, then the antivirus. Nothing is
     * stored.
     *
     * @throws DocumentTooLarge   beyond {@code recours.evidence.max-size} (413)
     * @throws InvalidCaseData    an empty file or an unusable name (400)
     * @throws org.recours.query.evidence.UnacceptableDocument a content not of an accepted type (415)
     * @throws org.recours.portal.antivirus.InfectedDocument   the antivirus found something (422)
     * @throws org.recours.portal.antivirus.ScannerUnavailable a scanner is configured but did not scan it (503)
     */
    public CheckedDocument check(String originalName, byte[] content) {
        requireSize(content);
        return checked(sentAs(originalName), content);
    }

    /** Checks a document ({@link #check}), then stores it and has the case record it as evidence. */
    public Attached attach(
            CaseId caseId,
            Long expectedVersion,
            String originalName,
            byte[] content,
            String description,
            Principal principal) {
        requireSize(content);
        var sentAs = sentAs(originalName);
        Require.text("description", description, Require.SHORT_TEXT);
        return attach(caseId, expectedVersion, checked(sentAs, content), description, principal);
    }

    private void requireSize(byte[] content) {
        if (content.length > maxSize.toBytes()) {
            throw new DocumentTooLarge(maxSize);
        }
        if (content.length == 0) {
            throw new InvalidCaseData("file", RefusalText.of("check.document-sent-empty"));
        }
    }

    private static String sentAs(String originalName) {
        return Require.text("fileName", originalName == null ? "document" : originalName, 250);
    }

    private CheckedDocument checked(String sentAs, byte[] content) {
        var mediaType = DocumentTypes.check(sentAs, content);
        var fileName = DocumentTypes.storedName(sentAs, mediaType);
        return new CheckedDocument(fileName, mediaType, content, scanner.scan(fileName, content));
    }

    /** Stores a checked document and has the case record it as evidence. */
    public Attached attach(
            CaseId caseId, Long expectedVersion, CheckedDocument document, String description, Principal principal) {
        var describedAs = Require.text("description", description, Require.SHORT_TEXT);
        var content = document.content();
        var stored = documents.store(caseId, document.fileName(), document.mediaType(), content, document.scan());
        try {
            long version = steps.send(
                    new AttachEvidence(
                            caseId,
                            expectedVersion,
                            stored.documentId(),
                            document.fileName(),
                            document.mediaType(),
                            content.length,
                            stored.sha256(),
                            describedAs),
                    principal);
            return new Attached(stored, version);
        } catch (RuntimeException refused) {
            documents.forget(stored.documentId());
            throw refused instanceof AggregateNotFoundException || refused instanceof CaseOutOfReach
                    ? new CaseNotFound(caseId.value())
                    : refused;
        }
    }
}
