package org.recours.kernel.casefile;

/** The cases in which Code de procédure civile, art. 750-1, al. 2 dispenses the parties of a prior amicable attempt. */
public enum AmicableAttemptExemption {
    APPROVAL_OF_AN_AGREEMENT(
            "1°",
            "l'une des parties demande l'homologation d'un accord",
            "a party asks the court to approve an agreement"),
    PRIOR_APPEAL_REQUIRED(
            "2°",
            "un recours préalable est imposé auprès de l'auteur de la décision",
            "a prior appeal to the decision's author is required"),
    MANIFEST_URGENCY("3°", "urgence manifeste", "manifest urgency"),
    ATTEMPT_IMPOSSIBLE(
            "3°",
            "circonstances de l'espèce rendant impossible une tentative amiable",
            "circumstances making an amicable attempt impossible"),
    DECISION_WITHOUT_HEARING_THE_OTHER_PARTY(
            "3°",
            "une décision doit être rendue non contradictoirement",
            "a decision must be made without hearing the other party"),
    CONCILIATOR_UNAVAILABLE(
            "3°",
            "indisponibilité des conciliateurs de justice : première réunion plus de trois mois " + "après la saisine",
            "conciliators unavailable: first meeting more than three months after the request"),
    COURT_MUST_CONCILIATE(
            "4°",
            "le juge ou l'autorité administrative doit procéder à une tentative préalable de " + "conciliation",
            "the judge or the administration must itself attempt conciliation first"),
    SMALL_CLAIMS_RECOVERY_TRIED(
            "5°",
            "procédure simplifiée de recouvrement des petites créances engagée en vain " + "(CPCE, art. L125-1)",
            "simplified small-claims recovery tried in vain (CPCE art. L125-1)");

    private final String paragraph;
    private final String labelFr;
    private final String labelEn;

    AmicableAttemptExemption(String paragraph, String labelFr, String labelEn) {
        this.paragraph = paragraph;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The item of art. 750-1, al. 2 that lists it. */
    public String paragraph() {
        return paragraph;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }
}
