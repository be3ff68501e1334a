package org.recours.portal.evidence;

import java.io.IOException;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.antivirus.InfectedDocument;
import org.recours.portal.antivirus.ScannerUnavailable;
import org.recours.portal.casefile.CaseSteps;
import org.recours.query.evidence.UnacceptableDocument;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaching a document from a case's page: back to the case with what happened. */
@Controller
class EvidencePages {

    private final EvidenceIntake intake;
    private final org.recours.portal.web.Refusals refusals;
    private final org.springframework.context.MessageSource messages;

    EvidencePages(EvidenceIntake intake, org.recours.portal.web.Refusals refusals,
                  org.springframework.context.MessageSource messages) {
        this.intake = intake;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/pieces")
    String attach(@PathVariable String caseId, @RequestParam("file") MultipartFile file,
                  @RequestParam(value = "description", required = false) String description, Principal principal,
                  RedirectAttributes redirect, java.util.Locale locale) throws IOException {
        var id = CaseSteps.existingCaseId(caseId);
        try {
            var attached = intake.attach(id, null, file.getOriginalFilename(), file.getBytes(), description,
                    principal);
            redirect.addFlashAttribute("notice", messages.getMessage("case.evidence.attached",
                    new Object[] {attached.document().fileName(), attached.document().sha256().hex()}, locale));
            redirect.addFlashAttribute("recordedVersion", attached.version());
        } catch (InvalidCaseData | StepRefused | UnacceptableDocument | DocumentTooLarge | InfectedDocument
                 | ScannerUnavailable refused) {
            redirect.addFlashAttribute("evidenceError", refusals.describe(refused));
        }
        return "redirect:/cases/" + id;
    }
}
