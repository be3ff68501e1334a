package org.recours.portal.branch;

import org.recours.kernel.casefile.RefusalText;

/** A new branch under a code another branch already has. */
public class BranchCodeTaken extends BranchConflict {

    public BranchCodeTaken(RefusalText text) {
        super(text);
    }
}
