package org.recours.kernel.casefile;

import java.util.Objects;
import java.util.UUID;

/** An evidence document attached to a case; its content is stored once and never replaced. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "document id");
    }

    public static DocumentId generate() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String text) {
        try {
            return new DocumentId(UUID.fromString(Require.text("documentId", text, 36)));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseData("documentId", RefusalText.of("check.document-id", text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
