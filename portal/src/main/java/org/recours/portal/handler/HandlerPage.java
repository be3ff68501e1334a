package org.recours.portal.handler;

import java.security.Principal;
import java.util.Locale;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form "Confier le dossier à" on a case's page. */
@Controller
class HandlerPage {

    private final CaseHandlers handlers;
    private final Refusals refusals;
    private final MessageSource messages;

    HandlerPage(CaseHandlers handlers, Refusals refusals, MessageSource messages) {
        this.handlers = handlers;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/suivi")
    String reassign(
            @PathVariable String caseId,
            @RequestParam(required = false) String handler,
            @RequestParam(required = false) String version,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var id = CaseSteps.existingCaseId(caseId).value();
        try {
            long recorded = handlers.reassign(caseId, CaseSteps.expectedVersion(version), handler, principal);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("handler.reassigned", new Object[] {handler}, locale));
            redirect.addFlashAttribute("recordedVersion", recorded);
        } catch (InvalidCaseData | StepRefused | ConflictingAggregateVersionException refused) {
            redirect.addFlashAttribute(
                    "handlerError",
                    refused instanceof ConflictingAggregateVersionException
                            ? messages.getMessage("step.conflict", null, locale)
                            : refusals.describe(refused));
        }
        return "redirect:/cases/" + id + "#handler";
    }
}
