package org.recours.kernel.casefile;

/** The rules a step can break, each with the legal text or the practice it comes from. */
public enum CaseRule {
    CASE_CLOSED("Un dossier clos n'accepte que sa réouverture."),
    CASE_NOT_CLOSED("Seul un dossier clos peut être rouvert."),
    DATE_IN_FUTURE("Une étape ne peut pas être datée dans le futur."),
    DATE_OUT_OF_ORDER("Une étape ne peut pas précéder celle dont elle dépend."),
    UNKNOWN_ADDRESSEE("Le courrier doit être adressé à l'un des sièges connus de l'entreprise."),
    TRACKING_NUMBER_REQUIRED("Un envoi recommandé a un numéro de suivi."),
    NO_LETTER_TO_DELIVER("Aucun courrier envoyé n'attend son accusé de réception."),
    WRITTEN_COMPLAINT_REQUIRED("Code de la consommation, art. L612-2 1° : la médiation suppose une réclamation écrite préalable auprès du professionnel."),
    RESPONSE_WINDOW_OPEN("Le professionnel dispose d'un délai de réponse, fixé par son règlement ou celui du médiateur (deux mois par défaut), avant la saisine du médiateur."),
    OVERRIDE_REQUIRES_SUPERVISOR("Seul un superviseur peut passer outre le délai de réponse, avec un motif."),
    MEDIATION_TIME_BARRED("Code de la consommation, art. L612-2 4° : la médiation est irrecevable plus d'un an après la réclamation écrite ; reste la voie judiciaire."),
    MEDIATION_ALREADY_PENDING("Une médiation est déjà en cours sur ce dossier."),
    NO_PENDING_MEDIATION("Aucune médiation n'est en cours sur ce dossier."),
    MEDIATION_STEP_ALREADY_RECORDED("Cette étape de la médiation en cours est déjà enregistrée ; une erreur se corrige, elle ne se remplace pas."),
    SEIZURE_NOT_NOTIFIED("Code de la consommation, art. R612-5 : le délai de 90 jours court de la notification de la saisine (art. R612-2) ; enregistrez-la avant sa prolongation."),
    EXTENSION_MUST_POSTPONE("Code de la consommation, art. R612-5, al. 2 : la prolongation reporte la date à laquelle le médiateur doit conclure."),
    DISPUTE_ALREADY_EXAMINED("Code de la consommation, art. L612-2 3° : la médiation est irrecevable quand le litige a été précédemment examiné, ou est en cours d'examen, par un autre médiateur ou par un tribunal ; un superviseur peut passer outre, avec un motif (autre litige, autre fondement)."),
    EXAMINATION_OVERRIDE_REQUIRES_SUPERVISOR("Seul un superviseur peut faire saisir le médiateur d'un litige que le dossier montre déjà examiné, avec un motif (autre litige, autre fondement)."),
    PROPOSAL_ALREADY_MADE("Code de la consommation, art. R612-4 : la proposition du médiateur de la médiation en cours est déjà enregistrée ; une erreur se corrige, elle ne se remplace pas."),
    NO_PENDING_PROPOSAL("Code de la consommation, art. R612-4 : aucune proposition du médiateur n'attend de réponse sur ce dossier."),
    PROPOSAL_ALREADY_ANSWERED("Cette partie a déjà répondu à la proposition du médiateur."),
    PROPOSAL_ACCEPTANCE_TOO_LATE("Code de la consommation, art. R612-4 : la proposition s'accepte dans le délai fixé par le médiateur ; passé ce délai, la partie qui n'a pas accepté l'a refusée."),
    OUTCOME_FOLLOWS_FROM_ANSWERS("Code de la consommation, art. R612-4 : l'issue d'une médiation dont la proposition est enregistrée suit les réponses des parties (les deux l'acceptent : accord ; l'une la refuse : échec)."),
    ANSWER_NOT_A_REJECTION("Code de la consommation, art. L616-1 : le professionnel qui rejette la réclamation, en tout ou partie, communique les coordonnées du médiateur de la consommation dont il relève ; seule une réponse de rejet (total ou partiel) est concernée."),
    MEDIATOR_NAMING_ALREADY_RECORDED("Code de la consommation, art. L616-1 : la désignation du médiateur dans cette réponse est déjà enregistrée."),
    RESPONSE_ALREADY_RECEIVED("Le professionnel a déjà répondu : le délai de réponse ne peut plus expirer."),
    RESPONSE_DEADLINE_NOT_REACHED("Le délai de réponse du professionnel n'est pas encore écoulé."),
    RESPONSE_DEADLINE_ALREADY_EXPIRED("L'expiration du délai de réponse est déjà enregistrée."),
    DOCUMENT_ALREADY_ATTACHED("Un document joint ne peut être ni remplacé ni joint deux fois."),
    PERSONAL_DATA_ALREADY_ERASED("Les données personnelles du consommateur sont déjà effacées."),
    UNKNOWN_DOCUMENT("Seul un document joint au dossier, et pas encore retiré, peut être retiré."),
    UNKNOWN_ENTRY("Seule une étape enregistrée dans l'historique de ce dossier peut être corrigée : la réclamation déposée, un envoi de courrier, un accusé de réception ou une réponse de l'entreprise."),
    CORRECTION_REQUIRES_SUPERVISOR("Un membre de l'antenne corrige une étape dans les 90 jours de son enregistrement ; au-delà, seul un superviseur la corrige."),
    CORRECTION_CHANGES_NOTHING("La correction doit changer au moins une donnée de l'étape."),
    REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR("Seul le membre de l'équipe qui suit le dossier, ou un superviseur, le confie à quelqu'un d'autre."),
    HANDLER_UNCHANGED("Le dossier est déjà suivi par ce membre de l'équipe."),
    PRIOR_AMICABLE_ATTEMPT_REQUIRED("Code de procédure civile, art. 750-1 : une demande en paiement d'une somme n'excédant pas 5 000 euros est précédée, à peine d'irrecevabilité, d'une tentative de conciliation par un conciliateur de justice, de médiation ou de procédure participative, sauf dispense."),
    CONCILIATION_ALREADY_PENDING("Une conciliation est déjà en cours sur ce dossier : enregistrez d'abord son issue."),
    NO_PENDING_CONCILIATION("Aucune conciliation n'est en cours sur ce dossier."),
    CONCILIATION_MEETING_ALREADY_RECORDED("La première réunion de cette conciliation est déjà enregistrée : elle ne l'est qu'une fois (Code civil, art. 2238)."),
    FACTS_KNOWN_DATE_UNCHANGED("Cette date est déjà celle enregistrée."),
    REASON_REQUIRED("Une date déjà enregistrée ne change qu'avec un motif."),
    LETTER_NOT_REGISTERED("Seule une lettre recommandée revient « avisée et non réclamée » ou refusée : la poste ne présente pas les autres.");

    private final String explanation;

    CaseRule(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
