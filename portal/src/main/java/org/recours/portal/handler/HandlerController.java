package org.recours.portal.handler;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.StepRecorded;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{id}/handler} with {@code handler} (a login): hands the case on. 400 an account that is not
 * an enabled one reaching the case's branch, 404 a case out of reach, 409 asked by someone other than the handler or
 * a supervisor, or to the current handler, or on a stale {@code If-Match}.
 */
@RestController
class HandlerController {

    record Handover(String handler) {}

    private final CaseHandlers handlers;

    HandlerController(CaseHandlers handlers) {
        this.handlers = handlers;
    }

    @Operation(summary = "Hand the case to another handler")
    @PostMapping("/api/cases/{caseId}/handler")
    ResponseEntity<StepRecorded> reassign(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Handover body,
            Principal principal) {
        long version = handlers.reassign(caseId, CaseSteps.expectedVersion(ifMatch), body.handler(), principal);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + version + "\"")
                .body(new StepRecorded(CaseSteps.existingCaseId(caseId).value(), version));
    }
}
