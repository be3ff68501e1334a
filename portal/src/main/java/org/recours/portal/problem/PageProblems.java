package org.recours.portal.problem;

import org.recours.portal.casefile.CaseNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the staff pages, as pages a person reads (the API answers problem details instead). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger LOG = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler({CaseNotFound.class, org.recours.portal.evidence.DocumentNotFound.class,
            org.recours.portal.branch.BranchNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RuntimeException e) {
        return page("Introuvable", e.getMessage());
    }

    @ExceptionHandler(org.recours.portal.casefile.PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView pageNotFound() {
        return page("Page introuvable", "Cette page n'existe pas.");
    }

    @ExceptionHandler({org.springframework.web.multipart.MaxUploadSizeExceededException.class,
            org.recours.portal.evidence.DocumentTooLarge.class})
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    ModelAndView tooLarge() {
        return page("Document trop volumineux", "Le document dépasse la taille maximale acceptée ; rien n'a été "
                + "enregistré. Réduisez-le (par exemple une capture d'écran plutôt qu'une vidéo) et recommencez.");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return page("Accès refusé", "Votre rôle ne permet pas cette action.");
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ModelAndView unexpected(Exception e) {
        LOG.error("unexpected failure on a page", e);
        return page("Erreur", "Une erreur inattendue s'est produite ; elle a été journalisée. Rien n'a été perdu de "
                + "ce qui était déjà enregistré.");
    }

    private static ModelAndView page(String title, String message) {
        var view = new ModelAndView("problem");
        view.addObject("problemTitle", title);
        view.addObject("message", message);
        return view;
    }
}
