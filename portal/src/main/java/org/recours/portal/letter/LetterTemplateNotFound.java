package org.recours.portal.letter;

/** No letter template has this name (or this version). */
public class LetterTemplateNotFound extends RuntimeException {

    public LetterTemplateNotFound(String name, Integer version) {
        super(
                version == null
                        ? "Aucun modèle de courrier ne s'appelle « " + name + " » ; modèles : "
                                + String.join(", ", org.recours.query.letter.LetterTemplates.SHIPPED.keySet()) + "."
                        : "Le modèle de courrier « " + name + " » n'a pas de version " + version + ".");
    }
}
