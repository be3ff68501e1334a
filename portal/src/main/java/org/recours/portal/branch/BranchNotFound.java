package org.recours.portal.branch;

/** No branch has this code. */
public class BranchNotFound extends RuntimeException {

    public BranchNotFound(String code) {
        super("Aucune antenne n'a le code « " + code + " ».");
    }
}
