package org.recours.portal.intake;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.staff.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The intake queue through the API: the same reach and rules as its pages. */
@RestController
class IntakeApi {

    /** One submission as staff see it in their queue. */
    record QueuedSubmission(
            String reference,
            String branch,
            String companyId,
            String category,
            String facts,
            String desiredOutcome,
            BigDecimal amountAtStake,
            String fullName,
            String email,
            String phone,
            String postalAddress,
            String postcode,
            String contactedSupport,
            LocalDate supportContactedOn,
            String sentWrittenComplaint,
            LocalDate writtenComplaintOn,
            Instant submittedAt,
            Instant confirmedAt,
            List<String> documents) {}

    record Decline(String reason) {}

    record Accepted(String caseId) {}

    private final Submissions submissions;
    private final IntakeDecisions decisions;
    private final CurrentStaff staff;

    IntakeApi(Submissions submissions, IntakeDecisions decisions, CurrentStaff staff) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.staff = staff;
    }

    @GetMapping("/api/intake")
    @Operation(summary = "List the confirmed online complaints waiting in one's branch (supervisors: all)")
    List<QueuedSubmission> queue(Principal principal) {
        var member = staff.of(principal);
        return submissions.queue(member.role() == StaffRole.STAFF ? member.branch() : null).stream()
                .map(this::queued)
                .toList();
    }

    @GetMapping("/api/intake/{reference}")
    @Operation(summary = "Read a waiting online complaint")
    QueuedSubmission one(@PathVariable String reference, Principal principal) {
        return queued(decisions.waiting(reference, principal));
    }

    @PostMapping("/api/intake/{reference}/acceptance")
    @Operation(summary = "Take an online complaint on: its case is filed under the same reference")
    ResponseEntity<Accepted> accept(@PathVariable String reference, Principal principal) {
        var caseId = decisions.accept(reference, principal).caseId();
        return ResponseEntity.created(URI.create("/api/cases/" + caseId.value()))
                .body(new Accepted(caseId.value()));
    }

    @PostMapping("/api/intake/{reference}/decline")
    @Operation(summary = "Decline an online complaint; the reason is emailed to the consumer")
    ResponseEntity<Void> decline(@PathVariable String reference, @RequestBody Decline decline, Principal principal) {
        decisions.decline(reference, decline == null ? null : decline.reason(), principal);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IntakeDecisions.SubmissionNotFound.class)
    ResponseEntity<ProblemDetail> notFound(IntakeDecisions.SubmissionNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IntakeDecisions.SubmissionAlreadyDecided.class)
    ResponseEntity<ProblemDetail> decided(IntakeDecisions.SubmissionAlreadyDecided e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private QueuedSubmission queued(Submission s) {
        var consumer = s.consumer();
        var answers = s.answers();
        return new QueuedSubmission(
                s.id().value(),
                s.branch(),
                s.companyId(),
                s.category().name(),
                s.facts(),
                s.desiredOutcome(),
                s.amountAtStake() == null ? null : s.amount(),
                consumer == null ? null : consumer.fullName(),
                consumer == null ? null : consumer.email(),
                consumer == null ? null : consumer.phone(),
                consumer == null ? null : consumer.postalAddress(),
                s.postcode(),
                answers.contactedSupport().name(),
                answers.supportContactedOn(),
                answers.sentWrittenComplaint().name(),
                answers.writtenComplaintOn(),
                s.submittedAt(),
                s.confirmedAt(),
                submissions.documentNames(s.id()).stream()
                        .map(Submissions.Document::fileName)
                        .toList());
    }
}
