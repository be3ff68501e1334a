package org.recours.portal.letter;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The letter from the case's page; an unknown head office answers 400 with the known ones, in plain words. */
@Controller
class ComplaintLetterPage {

    private final ComplaintLetters letters;

    ComplaintLetterPage(ComplaintLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/cases/{caseId}/courrier.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String caseId, @RequestParam(required = false) String addressee,
                                  Principal principal) {
        try {
            return letters.pdf(caseId, addressee, principal);
        } catch (InvalidCaseData refused) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(refused.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }
}
