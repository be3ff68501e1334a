package org.recours.portal.evidence;

/** No such document on this case. */
public class DocumentNotFound extends RuntimeException {

    public DocumentNotFound(String documentId) {
        super("Aucune pièce « " + documentId + " » dans ce dossier.");
    }
}
