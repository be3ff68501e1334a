package org.recours.portal.branch;

import org.recours.kernel.casefile.RefusalText;

/** Deleting a branch that accounts or cases still belong to: it can only be deactivated. */
public class BranchInUse extends BranchConflict {

    public BranchInUse(RefusalText text) {
        super(text);
    }
}
