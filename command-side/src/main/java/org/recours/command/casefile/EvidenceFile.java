package org.recours.command.casefile;

import java.util.HashMap;
import java.util.Map;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.StepRefused;

/** The documents attached to the case and still standing as evidence. */
final class EvidenceFile {

    private final Map<DocumentId, EvidenceAttached> standing = new HashMap<>();
    private final Map<DocumentId, EvidenceAttached> everAttached = new HashMap<>();

    void requireNew(DocumentId documentId) {
        if (everAttached.containsKey(documentId)) {
            throw StepRefused.of(CaseRule.DOCUMENT_ALREADY_ATTACHED, "document", documentId);
        }
    }

    EvidenceAttached requireStanding(DocumentId documentId) {
        var document = standing.get(documentId);
        if (document == null) {
            throw StepRefused.of(CaseRule.UNKNOWN_DOCUMENT, "document", documentId);
        }
        return document;
    }

    void attached(EvidenceAttached document) {
        standing.put(document.documentId(), document);
        everAttached.put(document.documentId(), document);
    }

    void withdrawn(DocumentId documentId) {
        standing.remove(documentId);
    }
}
