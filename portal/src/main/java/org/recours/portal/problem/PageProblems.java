package org.recours.portal.problem;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.recours.portal.casefile.CaseNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Refusals on the staff pages, as pages a person reads (the API answers problem details instead). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger LOG = LoggerFactory.getLogger(PageProblems.class);

    private final MessageSource messages;
    private final org.recours.portal.web.Refusals refusals;

    PageProblems(MessageSource messages, org.recours.portal.web.Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /** An entry no page's own form handling caught (a search of over 200 characters in the address): refused. */
    @ExceptionHandler(org.recours.kernel.casefile.InvalidCaseData.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalidEntry(org.recours.kernel.casefile.InvalidCaseData e) {
        return page("problem.refused", refusals.describe(e));
    }

    @ExceptionHandler(CaseNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView caseNotFound(CaseNotFound e) {
        return page("problem.not-found", message("problem.case-not-found", e.caseId()));
    }

    @ExceptionHandler(org.recours.portal.letter.LetterTemplateNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView letterTemplateNotFound(org.recours.portal.letter.LetterTemplateNotFound e) {
        return pageNotFound();
    }

    @ExceptionHandler(org.recours.portal.evidence.DocumentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView documentNotFound(org.recours.portal.evidence.DocumentNotFound e) {
        return page("problem.not-found", message("problem.document-not-found", e.documentId()));
    }

    @ExceptionHandler(org.recours.portal.branch.BranchNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView branchNotFound(org.recours.portal.branch.BranchNotFound e) {
        return page("problem.not-found", message("problem.branch-not-found", e.code()));
    }

    @ExceptionHandler({
        org.recours.portal.casefile.PageNotFound.class,
        org.recours.portal.campaign.CampaignNotFound.class
    })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView pageNotFound() {
        return page("problem.page-not-found", message("problem.page-not-found.text"));
    }

    @ExceptionHandler({
        org.springframework.web.multipart.MaxUploadSizeExceededException.class,
        org.recours.portal.evidence.DocumentTooLarge.class
    })
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    ModelAndView tooLarge() {
        return page("problem.too-large", message("problem.too-large.text"));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return page("problem.forbidden", message("problem.forbidden.text"));
    }

    /**
     * Refusals Spring makes before any controller is chosen (a content type, method or multipart body the URL does
     * not take): no browser form sends them, a program does — on an API path it gets a problem, as from the API
     * (in French, like the API's other problems). A page address that names nothing is the page-not-found page.
     */
    @ExceptionHandler({ServletException.class, MultipartException.class})
    ModelAndView refusedBeforeAnyController(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        var status = e instanceof ErrorResponse known ? known.getStatusCode() : HttpStatus.BAD_REQUEST;
        if (!status.is4xxClientError()) {
            return unexpected(e, response);
        }
        var detail = e instanceof ErrorResponse known && known.getBody().getDetail() != null
                ? known.getBody().getDetail()
                : "La requête n'est pas un envoi de formulaire avec fichier.";
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponse.write(
                    response, status.value(), "about:blank", "Requête refusée", detail, request.getRequestURI());
            return new ModelAndView();
        }
        if (e instanceof NoResourceFoundException) {
            return page("problem.page-not-found", message("problem.page-not-found.text"));
        }
        return page("problem.refused", e instanceof ErrorResponse ? detail : message("problem.not-multipart"));
    }

    /** An address whose identifier cannot even be one ({@code /admin/jetons/abc/…}) names nothing: not found. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadableValue(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return pageNotFound();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        var french = "fr".equals(LocaleContextHolder.getLocale().getLanguage());
        return page(
                "problem.refused",
                message(
                        "problem.unreadable-value",
                        french ? org.recours.kernel.casefile.FieldNames.french(e.getName()) : e.getName()));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        LOG.error("unexpected failure on a page", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return page("problem.unexpected", message("problem.unexpected.text"));
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private ModelAndView page(String titleCode, String message) {
        var view = new ModelAndView("problem");
        view.addObject("problemTitle", message(titleCode));
        view.addObject("message", message);
        return view;
    }
}
