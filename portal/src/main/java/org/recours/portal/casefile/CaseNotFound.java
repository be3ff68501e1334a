package org.recours.portal.casefile;

/** No case answers to this reference (or, later, none the staff member may see). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseId) {
        super("Aucun dossier ne porte la référence « " + caseId + " ».");
    }
}
