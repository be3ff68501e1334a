package org.recours.portal.evidence;

/** No such document on this case. */
public class DocumentNotFound extends RuntimeException {

    private final String documentId;

    public DocumentNotFound(String documentId) {
        super("Aucune pièce « " + documentId + " » dans ce dossier.");
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
