package org.recours.portal.evidence;

import java.io.IOException;
import java.security.Principal;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.WithdrawEvidence;
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

    private final CaseSteps steps;

    EvidencePages(
            EvidenceIntake intake,
            org.recours.portal.web.Refusals refusals,
            org.springframework.context.MessageSource messages,
            CaseSteps steps) {
        this.steps = steps;
        this.intake = intake;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/pieces")
    String attach(
            @PathVariable String caseId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(value = "description", required = false) String description,
            Principal principal,
            RedirectAttributes redirect,
            java.util.Locale locale)
            throws IOException {
        var id = CaseSteps.existingCaseId(caseId);
        try {
            var attached = intake.attach(id, null, file.getOriginalFilename(), file.getBytes(), description, principal);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "case.evidence.attached",
                            new Object[] {
                                attached.document().fileName(),
                                attached.document().sha256().hex()
                            },
                            locale));
            redirect.addFlashAttribute("recordedVersion", attached.version());
        } catch (InvalidCaseData
                | StepRefused
                | UnacceptableDocument
                | DocumentTooLarge
                | InfectedDocument
                | ScannerUnavailable refused) {
            redirect.addFlashAttribute("evidenceError", refusals.describe(refused));
        }
        return "redirect:/cases/" + id;
    }

    /**
     * Withdrawing a document from the case's page: irreversible (the document stays in the history as withdrawn), so
     * the form's box must be ticked ("confirmed"), which the server checks too.
     */
    @PostMapping("/cases/{caseId}/pieces/{documentId}/retrait")
    String withdraw(
            @PathVariable String caseId,
            @PathVariable String documentId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed,
            @RequestParam(required = false) String version,
            Principal principal,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        var id = CaseSteps.existingCaseId(caseId);
        try {
            if (!"on".equals(confirmed)) {
                throw org.recours.portal.web.UnreadableEntry.of("confirmed", "case.evidence.withdraw.unconfirmed");
            }
            long recorded = steps.send(
                    new WithdrawEvidence(id, CaseSteps.expectedVersion(version), DocumentId.parse(documentId), reason),
                    principal);
            redirect.addFlashAttribute("notice", messages.getMessage("case.evidence.withdrawn.done", null, locale));
            redirect.addFlashAttribute("recordedVersion", recorded);
        } catch (InvalidCaseData | StepRefused | ConflictingAggregateVersionException refused) {
            redirect.addFlashAttribute(
                    "evidenceError",
                    refused instanceof ConflictingAggregateVersionException
                            ? messages.getMessage("step.conflict", null, locale)
                            : refusals.describe(refused));
        }
        return "redirect:/cases/" + id + "#pieces";
    }
}
