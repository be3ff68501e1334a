package org.recours.kernel.casefile;

/** A document was withdrawn from the evidence, for the reason given; it stays in the history. */
public record EvidenceWithdrawn(CaseId caseId, DocumentId documentId, String fileName, Sha256 sha256, String reason)
        implements CaseEvent {}
