package org.recours.portal.evidence;

import java.security.Principal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.staff.CurrentStaff;
import org.recours.query.evidence.CaseEvidence;
import org.recours.query.evidence.EvidenceExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's history and its exports as evidence. */
@RestController
@RequestMapping("/api/cases/{caseId}")
class ExportController {

    private final EvidenceExports exports;
    private final QueryGateway queries;
    private final CurrentStaff staff;
    private final CaseAccess access;

    ExportController(EvidenceExports exports, QueryGateway queries, CurrentStaff staff, CaseAccess access) {
        this.exports = exports;
        this.queries = queries;
        this.staff = staff;
        this.access = access;
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable String caseId, Principal principal) {
        var file = access.visible(caseId, principal);
        return queries.query(new FindCaseHistory(file.caseId()), ResponseTypes.multipleInstancesOf(AuditEntry.class))
                .join();
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, Principal principal) {
        var evidence = gather(caseId, principal);
        return file(exports.pdf(evidence), MediaType.APPLICATION_PDF, caseId + "-historique.pdf");
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> json(@PathVariable String caseId, Principal principal) {
        var evidence = gather(caseId, principal);
        return file(exports.json(evidence), MediaType.APPLICATION_JSON, caseId + "-historique.json");
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String caseId, Principal principal) {
        var evidence = gather(caseId, principal);
        return file(exports.csv(evidence), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                caseId + "-chronologie.csv");
    }

    @GetMapping("/evidence-bundle.zip")
    ResponseEntity<byte[]> bundle(@PathVariable String caseId, Principal principal) {
        var evidence = gather(caseId, principal);
        return file(exports.bundle(evidence), MediaType.parseMediaType("application/zip"),
                caseId + "-preuves.zip");
    }

    private CaseEvidence gather(String caseId, Principal principal) {
        var file = access.visible(caseId, principal);
        return exports.gather(file.caseId(), staff.member(principal)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }
}
