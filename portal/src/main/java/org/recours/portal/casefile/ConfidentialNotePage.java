package org.recours.portal.casefile;

import java.security.Principal;
import java.util.Locale;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.portal.web.Refusals;
import org.recours.query.confidential.ConfidentialNotes.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's form for a confidential note (L612-3) on a proposal or an outcome of its history. */
@Controller
class ConfidentialNotePage {

    private final ConfidentialNoteTaking taking;
    private final CaseAccess access;
    private final Refusals refusals;
    private final MessageSource messages;

    ConfidentialNotePage(ConfidentialNoteTaking taking, CaseAccess access, Refusals refusals, MessageSource messages) {
        this.taking = taking;
        this.access = access;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/notes-confidentielles")
    String add(
            @PathVariable String caseId,
            @RequestParam(required = false) String entry,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String text,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var file = access.visible(caseId, principal);
        try {
            var number = number(entry);
            taking.add(
                    file.caseId(),
                    number,
                    subject == null || subject.isBlank() ? null : Subject.valueOf(subject),
                    text,
                    principal);
            redirect.addFlashAttribute("notice", messages.getMessage("case.confidential.added", null, locale));
        } catch (InvalidCaseData refused) {
            redirect.addFlashAttribute("confidentialError", refusals.describe(refused));
        }
        return "redirect:/cases/" + file.caseId() + "#confidential-notes";
    }

    private static Long number(String entry) {
        if (entry == null || entry.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(entry.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCaseData("entry", RefusalText.of("check.entry-number", entry.strip()));
        }
    }
}
