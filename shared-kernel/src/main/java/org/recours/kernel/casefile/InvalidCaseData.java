package org.recours.kernel.casefile;

import java.util.Optional;

/**
 * Input that can never be valid, whatever the state of the case: a future date, a negative amount, empty facts. The
 * shared checks ({@link Require}) say so with a key of the {@code refusals} bundles and its arguments, which the
 * pages render in their language; the message is the French wording.
 */
public class InvalidCaseData extends RuntimeException {

    private final String field;
    private final transient RefusalText text;

    public InvalidCaseData(String field, String message) {
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

    /** What the refusal says, to render in a page's language; empty for a sentence built in French only. */
    public Optional<RefusalText> text() {
        return Optional.ofNullable(text);
    }
}
