package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AttachEvidence(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        DocumentId documentId,
        String fileName,
        String mediaType,
        long sizeInBytes,
        Sha256 sha256,
        String description)
        implements CaseCommand {

    public AttachEvidence {
        Require.present("documentId", documentId);
        fileName = Require.text("fileName", fileName, 255);
        mediaType = Require.text("mediaType", mediaType, 100);
        if (sizeInBytes <= 0) {
            throw new InvalidCaseData("file", RefusalText.of("check.empty-file"));
        }
        Require.present("sha256", sha256);
        description = Require.text("description", description, Require.SHORT_TEXT);
    }
}
