package org.recours.query.evidence;

/** A file that cannot stand as evidence: its content is not of an accepted type, or not what its name says. */
public class UnacceptableDocument extends RuntimeException {

    public UnacceptableDocument(String message) {
        super(message);
    }
}
