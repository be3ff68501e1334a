package org.recours.kernel.casefile;

/**
 * The acting staff member may not see this case (it belongs to another branch): answered exactly as an unknown
 * case, so that nobody learns that it exists.
 */
public class CaseOutOfReach extends RuntimeException {

    public CaseOutOfReach(CaseId caseId) {
        super("Aucun dossier ne porte la référence « " + caseId + " ».");
    }
}
