package org.recours.portal.consumer;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.portal.casefile.StepRecorded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/erasures}: an administrator erases a consumer's personal data on their request. */
@RestController
class ErasureController {

    record Erasure(String caseId, String reason) {}

    private final ConsumerErasure erasure;

    ErasureController(ConsumerErasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase a consumer's personal data")
    @PostMapping("/api/admin/erasures")
    ResponseEntity<StepRecorded> erase(@RequestBody Erasure body, Principal principal) {
        if (body.caseId() == null || body.caseId().isBlank()) {
            throw new InvalidCaseData("caseId", RefusalText.of("check.erasure-case"));
        }
        long version = erasure.erase(body.caseId(), body.reason(), principal);
        return ResponseEntity.ok(new StepRecorded(body.caseId(), version));
    }
}
