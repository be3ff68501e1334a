package org.recours.query.letter;

/** A letter template that cannot be rendered: its message says why, in French, for the administrator editing it. */
public class InvalidTemplate extends RuntimeException {

    public InvalidTemplate(String message) {
        super(message);
    }

    public InvalidTemplate(String message, Throwable cause) {
        super(message, cause);
    }
}
