package org.recours.portal.evidence;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.StepRecorded;
import org.recours.query.evidence.EvidenceDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence documents: uploaded as multipart ({@code file}, {@code description}), checked for what their content
 * really is and by the antivirus, stored with their SHA-256 before the case records them; downloaded exactly as
 * stored.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/evidence")
class EvidenceController {

    record Withdrawal(String reason) {}

    /** {@code scan}: what the antivirus said of the document before it was stored (not scanned: none configured). */
    record Attached(
            String caseId, long version, String documentId, String sha256, String mediaType, CaseFile.Scan scan) {}

    private final EvidenceDocuments documents;
    private final EvidenceIntake intake;
    private final CaseSteps steps;

    private final CaseAccess access;

    EvidenceController(EvidenceDocuments documents, EvidenceIntake intake, CaseSteps steps, CaseAccess access) {
        this.documents = documents;
        this.intake = intake;
        this.steps = steps;
        this.access = access;
    }

    @Operation(summary = "Attach a document to the case")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attached> attach(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam("file") MultipartFile file,
            @RequestParam(value = "description", required = false) String description,
            Principal principal)
            throws IOException {
        var id = CaseSteps.existingCaseId(caseId);
        var attached = intake.attach(
                id,
                CaseSteps.expectedVersion(ifMatch),
                file.getOriginalFilename(),
                file.getBytes(),
                description,
                principal);
        var document = attached.document();
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/evidence/" + document.documentId()))
                .header(HttpHeaders.ETAG, "\"" + attached.version() + "\"")
                .body(new Attached(
                        id.value(),
                        attached.version(),
                        document.documentId().toString(),
                        document.sha256().hex(),
                        document.mediaType(),
                        document.scan()));
    }

    @Operation(summary = "Download a document")
    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String documentId, Principal principal) {
        var file = access.visible(caseId, principal);
        var document =
                documents.find(file.caseId(), parse(documentId)).orElseThrow(() -> new DocumentNotFound(documentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of()
                                                .parseHex(document.sha256().hex())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @Operation(summary = "Withdraw a document")
    @PostMapping("/{documentId}/withdrawal")
    ResponseEntity<StepRecorded> withdraw(
            @PathVariable String caseId,
            @PathVariable String documentId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Withdrawal body,
            Principal principal) {
        var document = parse(documentId);
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new WithdrawEvidence(id, version, document, body.reason()));
    }

    private static DocumentId parse(String documentId) {
        try {
            return DocumentId.parse(documentId);
        } catch (InvalidCaseData e) {
            throw new DocumentNotFound(documentId);
        }
    }
}
