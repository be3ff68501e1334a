package org.recours.portal.consumer;

import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The erasure form on a case's page, for administrators. */
@Controller
class ErasurePage {

    private final ConsumerErasure erasure;
    private final org.recours.portal.web.Refusals refusals;
    private final org.springframework.context.MessageSource messages;

    ErasurePage(
            ConsumerErasure erasure,
            org.recours.portal.web.Refusals refusals,
            org.springframework.context.MessageSource messages) {
        this.erasure = erasure;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/cases/{caseId}/effacement")
    String erase(
            @PathVariable String caseId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed,
            Principal principal,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        try {
            // irreversible: the box must be ticked, which the server checks as well as the browser
            if (!"on".equals(confirmed)) {
                throw org.recours.portal.web.UnreadableEntry.of("confirmed", "case.erasure.unconfirmed");
            }
            long version = erasure.erase(caseId, reason, principal);
            redirect.addFlashAttribute("notice", messages.getMessage("case.erasure.done", null, locale));
            redirect.addFlashAttribute("recordedVersion", version);
        } catch (InvalidCaseData | StepRefused refused) {
            redirect.addFlashAttribute("evidenceError", refusals.describe(refused));
        }
        return "redirect:/cases/" + caseId;
    }
}
