package org.recours.portal.branch;

/** An account cannot join this branch: no such branch, or it was deactivated. */
public class BranchUnavailable extends RuntimeException {

    public BranchUnavailable(String message) {
        super(message);
    }
}
