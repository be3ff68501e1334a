package org.recours.query.evidence;

import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Sha256;

/** An evidence document as stored: its checked type, its fingerprint and its bytes. */
public record StoredDocument(DocumentId documentId, String caseId, String fileName, String mediaType, Sha256 sha256,
                             byte[] content) {
}
