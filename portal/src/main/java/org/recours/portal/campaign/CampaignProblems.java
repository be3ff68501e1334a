package org.recours.portal.campaign;

import java.net.URI;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The campaign API's own refusals as RFC 9457 problems, before the general ones (ApiProblems) which answer the rest:
 * 409 for a step the campaign does not allow now, with its rule; 404 for an unknown campaign, and for a member case
 * of another branch, answered as if it did not exist.
 */
@RestControllerAdvice(assignableTypes = CampaignController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampaignProblems {

    @ExceptionHandler(CampaignStepRefused.class)
    ProblemDetail refused(CampaignStepRefused e) {
        var problem = problem(
                HttpStatus.CONFLICT, "campaign-step-not-allowed", "Étape impossible pour la campagne", e.getMessage());
        problem.setProperty("rule", e.rule().name());
        problem.setProperty("legalBasis", e.rule().explanation());
        return problem;
    }

    @ExceptionHandler(CampaignNotFound.class)
    ProblemDetail notFound(CampaignNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "campaign-not-found", "Campagne introuvable", e.getMessage());
    }

    @ExceptionHandler(CaseOutOfReach.class)
    ProblemDetail outOfReach(CaseOutOfReach e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Dossier introuvable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
