package org.recours.query.evidence;

import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.query.CaseFile;

/** An evidence document as stored: its checked type, its fingerprint, its bytes and what the antivirus said. */
public record StoredDocument(
        DocumentId documentId,
        String caseId,
        String fileName,
        String mediaType,
        Sha256 sha256,
        byte[] content,
        CaseFile.Scan scan) {}
