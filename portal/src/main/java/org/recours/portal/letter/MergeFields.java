package org.recours.portal.letter;

import java.util.List;

/**
 * The merge fields a letter template may read ({@link org.recours.query.letter.LetterModel}), as the template editing
 * page lists them for the administrator: each expression with a message code that says what it gives. A test
 * checks that the list names every field the model has.
 */
final class MergeFields {

    /** One merge field: how a template writes it, and the message code of its description. */
    record Field(String expression, String description) {}

    static final List<Field> HELP = List.of(
            field("expediteur.nom"),
            field("expediteur.adresse"),
            field("expediteur.courriel"),
            field("expediteur.telephone"),
            field("siege.entite"),
            field("siege.rue"),
            field("siege.codePostalVille"),
            field("siege.pays"),
            field("dossier.reference"),
            field("dossier.entreprise"),
            field("dossier.motif"),
            field("dossier.faits"),
            field("dossier.demande"),
            field("dossier.montant"),
            field("dossier.deposeLe"),
            field("dossier.mediateur"),
            field("dossier.mediateurNonDesigne"),
            field("dossier.delaiReponse"),
            field("dossier.contacts"),
            field("dossier.pieces"),
            field("dossier.reclamation"),
            field("dossier.reclamation.envoyeeLe"),
            field("dossier.reclamation.mode"),
            field("dossier.reclamation.numeroSuivi"),
            field("dossier.reclamation.recueLe"),
            field("dossier.reclamation.destinataire"),
            field("dossier.reponses"),
            field("dossier.reponseAttendueAvant"),
            field("dossier.delaiEcoule"),
            field("dossier.mediationPossibleLe"),
            field("dossier.mediations"),
            field("mediateur.nom"),
            field("mediateur.adresse"),
            field("mediateur.site"),
            field("mediateur.courriel"),
            field("date"),
            field("lieuDate"),
            field("fr.de(…)"),
            field("fr.a(…)"),
            field("fr.aupresDe(…)"),
            field("fr.devant(…)"),
            field("fr.article(…)"),
            field("fr.majuscule(…)"),
            field("fr.minuscule(…)"),
            field("fr.phrase(…)"));

    private MergeFields() {}

    private static Field field(String expression) {
        return new Field(expression, "letter-field." + expression.replace("(…)", ""));
    }
}
