package org.recours.kernel.casefile;

/**
 * On what ground a court action stands with regard to Code de procédure civile, art. 750-1: no attempt needed (a
 * claim that is not for a sum, or above 5,000 euros), a qualifying attempt on file (conciliation by a conciliateur de
 * justice, a mediation the mediator did not declare inadmissible, a participatory procedure), an exemption, or none:
 * the action was filed anyway and risks being declared inadmissible.
 */
public enum AmicableAttemptBasis {
    NOT_REQUIRED,
    CONCILIATION,
    MEDIATION,
    PARTICIPATORY_PROCEDURE,
    EXEMPTION,
    NONE;

    public boolean inadmissibilityRisk() {
        return this == NONE;
    }
}
