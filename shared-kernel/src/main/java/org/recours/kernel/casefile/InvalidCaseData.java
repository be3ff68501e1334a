package org.recours.kernel.casefile;

/** Input that can never be valid, whatever the state of the case: a future date, a negative amount, empty facts. */
public class InvalidCaseData extends RuntimeException {

    private final String field;

    public InvalidCaseData(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
