package org.recours.query.evidence;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/** A file that cannot stand as evidence: its content is not of an accepted type, or not what its name says. */
public class UnacceptableDocument extends RuntimeException implements KeyedRefusal {

    private final transient RefusalText text;

    public UnacceptableDocument(RefusalText text) {
        super(text.french());
        this.text = text;
    }

    @Override
    public RefusalText text() {
        return text;
    }
}
