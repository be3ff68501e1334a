package org.recours.portal.consumer;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.StepRecorded;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/cases/{id}/consumer}: the consumer's contact details as they now stand (the vault changes; the case
 * records which items changed). 400 for invalid details or when nothing changed (field {@code consumer}), 404 an unknown
 * case or one out of reach, 409 once the data was erased or on a stale {@code If-Match}.
 */
@RestController
class ConsumerDetailsController {

    record ContactDetails(
            String fullName, String email, String phone, String postalAddress, Boolean agreedToReminders) {}

    private final ConsumerDetailsUpdate update;

    ConsumerDetailsController(ConsumerDetailsUpdate update) {
        this.update = update;
    }

    @Operation(summary = "Update the consumer's contact details")
    @PutMapping("/api/cases/{caseId}/consumer")
    ResponseEntity<StepRecorded> update(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ContactDetails body,
            Principal principal) {
        var details = new ConsumerDetails(
                body.fullName(),
                body.email(),
                body.phone(),
                body.postalAddress(),
                Boolean.TRUE.equals(body.agreedToReminders()));
        long version = update.update(caseId, CaseSteps.expectedVersion(ifMatch), details, principal);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + version + "\"")
                .body(new StepRecorded(CaseSteps.existingCaseId(caseId).value(), version));
    }
}
