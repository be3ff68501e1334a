package org.recours.portal.parked;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The parked cases for administrators' programs: list them, retry one (404 when nothing of it is parked). */
@RestController
@RequestMapping("/api/admin/parked-cases")
class ParkedEventsController {

    private final ParkedEvents parked;

    ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @Operation(summary = "List the cases whose events are parked")
    @GetMapping
    List<ParkedEvents.ParkedCase> list() {
        return parked.all();
    }

    /** {@code applied}: every parked event of the case applied; false: one failed again and waits with the rest. */
    @Operation(summary = "Retry a case's parked events")
    @PostMapping("/{processingGroup}/{caseId}/retry")
    Map<String, Object> retry(@PathVariable String processingGroup, @PathVariable String caseId) {
        boolean applied = parked.retry(processingGroup, caseId);
        return Map.of(
                "caseId",
                caseId,
                "processingGroup",
                processingGroup,
                "applied",
                applied,
                "stillParked",
                parked.all().stream()
                        .anyMatch(c -> c.processingGroup().equals(processingGroup)
                                && c.caseId().equals(caseId)));
    }
}
