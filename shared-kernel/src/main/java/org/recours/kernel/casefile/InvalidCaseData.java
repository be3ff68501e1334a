package org.recours.kernel.casefile;

import java.util.Optional;

/**
 * Input that can never be valid, whatever the state of the case: a future date, a negative amount, empty facts, an
 * unknown account. Every refusal says so with a key of the {@code refusals} bundles and its arguments
 * ({@link RefusalText}: the shared checks of {@link Require}, the value objects, the pages' own checks), which the
 * pages render in their language; the message is the French wording, the one the REST API gives.
 */
public class InvalidCaseData extends RuntimeException {

    private final String field;
    private final transient RefusalText text;

    /**
     * A refusal whose words are not a {@code refusals} key: only for a subclass that gives the pages its own (a
     * form's entry it could not read names a message code of the pages).
     */
    protected InvalidCaseData(String field, String message) {
        super(message);
        this.field = field;
        this.text = null;
    }

    public InvalidCaseData(String field, RefusalText text) {
        super(text.french());
        this.field = field;
        this.text = text;
    }

    public String field() {
        return field;
    }

    /** What the refusal says, to render in a page's language; empty only for a subclass that words it itself. */
    public Optional<RefusalText> text() {
        return Optional.ofNullable(text);
    }
}
