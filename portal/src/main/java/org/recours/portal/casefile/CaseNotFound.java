package org.recours.portal.casefile;

/** No case answers to this reference (or, later, none the staff member may see). */
public class CaseNotFound extends RuntimeException {

    private final String caseId;

    public CaseNotFound(String caseId) {
        super("Aucun dossier ne porte la référence « " + caseId + " ».");
        this.caseId = caseId;
    }

    /** The reference asked for, for a page that says it in its language. */
    public String caseId() {
        return caseId;
    }
}
