package org.recours.portal.reminders;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.recours.query.reminders.OutboxEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reminder emails, sent or waiting: with no SMTP server configured (the embedded default) this is where they are
 * read; otherwise it shows what failed and why. Staff read their branch's rows only.
 */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

    private final VisibleOutbox outbox;

    OutboxController(VisibleOutbox outbox) {
        this.outbox = outbox;
    }

    @Operation(summary = "List the latest reminder emails")
    @GetMapping
    List<OutboxEntry> latest(
            @RequestParam(required = false) String caseId,
            @RequestParam(defaultValue = "100") int limit,
            Principal principal) {
        return caseId == null
                ? outbox.latest(principal, Math.max(1, Math.min(limit, 1000)))
                : outbox.ofCase(caseId.trim().toUpperCase(), principal);
    }
}
