package org.recours.portal.branch;

/** A new branch under a code another branch already has. */
public class BranchCodeTaken extends BranchConflict {

    public BranchCodeTaken(String message) {
        super(message);
    }
}
