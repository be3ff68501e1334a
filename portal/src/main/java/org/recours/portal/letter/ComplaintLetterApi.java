package org.recours.portal.letter;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The letter for the association's programs; errors are problem details (404 unknown case, 400 unknown office). */
@RestController
class ComplaintLetterApi {

    private final ComplaintLetters letters;

    ComplaintLetterApi(ComplaintLetters letters) {
        this.letters = letters;
    }

    @Operation(summary = "Produce the formal complaint letter (PDF)")
    @GetMapping("/api/cases/{caseId}/formal-letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String caseId, @RequestParam(required = false) String addressee,
                                  Principal principal) {
        return letters.pdf(caseId, addressee, principal);
    }
}
