package org.recours.portal.letter;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The letters from the case's page (the formal complaint at its historical path, the others by template name); an
 * unknown head office answers 400 with the known ones, in plain words.
 */
@Controller
class ComplaintLetterPage {

    private final CaseLetters letters;

    ComplaintLetterPage(CaseLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/cases/{caseId}/courrier.pdf")
    ResponseEntity<byte[]> letter(
            @PathVariable String caseId, @RequestParam(required = false) String addressee, Principal principal) {
        return letter(caseId, "reclamation", addressee, principal);
    }

    @GetMapping("/cases/{caseId}/courriers/{template}.pdf")
    ResponseEntity<byte[]> letter(
            @PathVariable String caseId,
            @PathVariable String template,
            @RequestParam(required = false) String addressee,
            Principal principal) {
        try {
            return letters.pdf(caseId, template, null, addressee, principal);
        } catch (InvalidCaseData refused) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(refused.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Produces the letter for sending: kept among the case's documents, then back to the case's page. */
    @PostMapping("/cases/{caseId}/courriers/{template}")
    String produce(@PathVariable String caseId, @PathVariable String template, Principal principal) {
        var produced = letters.produce(caseId, template, null, null, principal);
        return "redirect:/cases/" + produced.caseId() + "#courriers";
    }
}
