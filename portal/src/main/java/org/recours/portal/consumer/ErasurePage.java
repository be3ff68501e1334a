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

    ErasurePage(ConsumerErasure erasure) {
        this.erasure = erasure;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/cases/{caseId}/effacement")
    String erase(@PathVariable String caseId, @RequestParam(required = false) String reason, Principal principal,
                 RedirectAttributes redirect) {
        try {
            long version = erasure.erase(caseId, reason, principal);
            redirect.addFlashAttribute("notice", "Données personnelles du consommateur effacées.");
            redirect.addFlashAttribute("recordedVersion", version);
        } catch (InvalidCaseData | StepRefused refused) {
            redirect.addFlashAttribute("evidenceError", refused.getMessage());
        }
        return "redirect:/cases/" + caseId;
    }
}
