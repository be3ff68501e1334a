package org.recours.kernel.casefile;

/**
 * A document was attached to the case as evidence (screenshot, invoice, bank statement, letter, acknowledgement of
 * receipt). {@code mediaType} is what its content is, checked on upload; {@code sha256} identifies that content
 * for good.
 */
public record EvidenceAttached(
        CaseId caseId,
        DocumentId documentId,
        String fileName,
        String mediaType,
        long sizeInBytes,
        Sha256 sha256,
        String description)
        implements CaseEvent {}
