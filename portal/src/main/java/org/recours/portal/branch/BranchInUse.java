package org.recours.portal.branch;

/** Deleting a branch that accounts or cases still belong to: it can only be deactivated. */
public class BranchInUse extends BranchConflict {

    public BranchInUse(String message) {
        super(message);
    }
}
