package org.recours.portal.evidence;

import org.springframework.util.unit.DataSize;

/** A document larger than the configured limit ({@code recours.evidence.max-size}). */
public class DocumentTooLarge extends RuntimeException {

    public DocumentTooLarge(DataSize limit) {
        super("Le document dépasse la taille maximale de " + limit.toMegabytes() + " Mo ; rien n'a été enregistré.");
    }
}
