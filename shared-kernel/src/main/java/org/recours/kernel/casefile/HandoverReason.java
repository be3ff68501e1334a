package org.recours.kernel.casefile;

/** Why a case went to its branch's supervisors' queue, in the history's words. */
public enum HandoverReason {
    HANDLER_ACCOUNT_DISABLED(
            "le compte de la personne qui le suivait a été désactivé",
            "the account of the person handling it was disabled");

    private final String labelFr;
    private final String labelEn;

    HandoverReason(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }
}
