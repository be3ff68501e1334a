package org.recours.kernel.casefile;

/**
 * The legal time limits a reminder is about, each with what it means for the case and the step to take next, in the
 * words staff and consumers read in a reminder email and in the audit trail.
 */
public enum ReminderKind {
    SUPPORT_FOLLOW_UP(
            "Relance : envoyer la réclamation écrite",
            "Le service client a été contacté sans suite depuis plusieurs jours.",
            "Envoyer la réclamation écrite au siège de l'entreprise, de préférence en lettre recommandée avec accusé "
                    + "de réception : c'est elle qui ouvre le délai de réponse et, ensuite, la médiation.",
            "Code de la consommation, art. L612-2 1° : la médiation suppose une réclamation écrite préalable."),
    RESPONSE_DEADLINE_APPROACHING(
            "Le délai de réponse de l'entreprise arrive à échéance",
            "L'entreprise doit répondre à la réclamation écrite au plus tard à la date indiquée.",
            "Vérifier si une réponse est arrivée et l'enregistrer ; sans réponse à cette date, la médiation devient "
                    + "possible.",
            "Délai de réponse du professionnel (deux mois par défaut) avant la saisine du médiateur."),
    RESPONSE_DEADLINE_EXPIRED(
            "Délai de réponse expiré : la médiation est possible",
            "L'entreprise n'a pas répondu à la réclamation écrite dans son délai ; son silence est consigné au "
                    + "dossier comme preuve.",
            "Saisir le médiateur de la consommation de l'entreprise (gratuit pour le consommateur), dans l'année "
                    + "qui suit la réclamation écrite.",
            "Délai de réponse fixé par le règlement du professionnel ou du médiateur (deux mois par défaut) ; "
                    + "Code de la consommation, art. L612-2 1° : la médiation suppose une réclamation écrite "
                    + "préalable."),
    MEDIATION_TIME_LIMIT_APPROACHING(
            "La médiation sera bientôt irrecevable",
            "La médiation n'est recevable que dans l'année qui suit la réclamation écrite ; passé la date indiquée, "
                    + "il ne restera que la voie judiciaire.",
            "Saisir le médiateur de la consommation avant la date indiquée.",
            "Code de la consommation, art. L612-2 4° : un an après la réclamation écrite, la médiation est "
                    + "irrecevable."),
    MEDIATOR_CONCLUSION_OVERDUE(
            "Le médiateur a dépassé son délai de 90 jours",
            "Le médiateur devait rendre son avis au plus tard à la date indiquée, et aucune issue n'est enregistrée.",
            "Relancer le médiateur et enregistrer l'issue de la médiation ; en cas d'échec, envisager la voie "
                    + "judiciaire (la médiation a suspendu la prescription, Code civil art. 2238).",
            "Code de la consommation, art. R612-5 : le médiateur conclut dans les 90 jours de la notification de sa "
                    + "saisine (art. R612-2), sauf prolongation notifiée aux parties."),
    MEDIATOR_REJECTION_WINDOW_PASSED(
            "Le médiateur n'a ni notifié sa saisine ni rejeté la demande en trois semaines",
            "Le médiateur avait trois semaines à compter de la réception du dossier pour informer le consommateur "
                    + "du rejet de sa demande ; ni la notification de sa saisine ni un rejet ne sont enregistrés.",
            "Demander au médiateur où en est le dossier et enregistrer la notification de sa saisine, ou son rejet "
                    + "(issue « irrecevable »), qui serait alors tardif.",
            "Code de la consommation, art. L612-2, dernier alinéa : rejet notifié dans les trois semaines de la "
                    + "réception du dossier ; art. R612-2 : notification de la saisine."),
    LIMITATION_APPROACHING(
            "L'action en justice sera bientôt prescrite",
            "L'action du consommateur contre l'entreprise se prescrit à la date indiquée : cinq ans après la "
                    + "connaissance des faits, suspensions par la médiation comprises.",
            "Introduire l'action en justice avant la date indiquée, ou tenter une conciliation ou une médiation, "
                    + "qui suspend la prescription.",
            "Code civil, art. 2224 : prescription de cinq ans à compter de la connaissance des faits ; art. 2238 : "
                    + "suspension par la médiation ou la conciliation, au moins six mois après sa fin."),
    MEDIATION_PROPOSAL_ANSWER_DUE(
            "La proposition du médiateur doit être acceptée ou refusée",
            "Le médiateur a fixé la date indiquée comme dernier jour pour accepter ou refuser sa proposition, et la "
                    + "réponse d'au moins une partie n'est pas enregistrée.",
            "Recueillir la décision du consommateur, vérifier celle du professionnel, et enregistrer chaque réponse ; "
                    + "sans acceptation à cette date, la proposition est refusée.",
            "Code de la consommation, art. R612-4 : le médiateur fixe le délai d'acceptation ou de refus de sa "
                    + "proposition.");

    private final String title;
    private final String meaning;
    private final String nextStep;
    private final String legalBasis;

    ReminderKind(String title, String meaning, String nextStep, String legalBasis) {
        this.title = title;
        this.meaning = meaning;
        this.nextStep = nextStep;
        this.legalBasis = legalBasis;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    public String nextStep() {
        return nextStep;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /**
     * Whether this reminder warns ahead of a limit (sent the working day before when its day is off), rather than
     * telling that a limit has passed (recorded on the day after the limit, whatever day that is; ADR 16).
     */
    public boolean warnsAhead() {
        return this == SUPPORT_FOLLOW_UP
                || this == RESPONSE_DEADLINE_APPROACHING
                || this == MEDIATION_TIME_LIMIT_APPROACHING
                || this == LIMITATION_APPROACHING
                || this == MEDIATION_PROPOSAL_ANSWER_DUE;
    }
}
