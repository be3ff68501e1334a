package org.recours.portal.branch;

/** What the branches as they stand do not allow: a code already taken, deleting a branch still in use. */
public class BranchConflict extends RuntimeException {

    public BranchConflict(String message) {
        super(message);
    }
}
