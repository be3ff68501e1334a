package org.recours.portal.branch;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/** An account cannot join this branch: no such branch, or it was deactivated. */
public class BranchUnavailable extends RuntimeException implements KeyedRefusal {

    private final transient RefusalText text;

    public BranchUnavailable(RefusalText text) {
        super(text.french());
        this.text = text;
    }

    @Override
    public RefusalText text() {
        return text;
    }
}
