package org.recours.portal.branch;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/** What the branches as they stand do not allow: a code already taken, deleting a branch still in use. */
public class BranchConflict extends RuntimeException implements KeyedRefusal {

    private final transient RefusalText text;

    public BranchConflict(RefusalText text) {
        super(text.french());
        this.text = text;
    }

    @Override
    public RefusalText text() {
        return text;
    }
}
