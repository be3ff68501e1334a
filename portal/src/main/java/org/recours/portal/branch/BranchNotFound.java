package org.recours.portal.branch;

/** No branch has this code. */
public class BranchNotFound extends RuntimeException {

    private final String code;

    public BranchNotFound(String code) {
        super("Aucune antenne n'a le code « " + code + " ».");
        this.code = code;
    }

    /** The code asked for, for a page that says it in its language. */
    public String code() {
        return code;
    }
}
