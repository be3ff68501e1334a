package org.recours.portal.evidence;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.StepRecorded;
import org.recours.query.evidence.DocumentTypes;
import org.recours.query.evidence.EvidenceDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
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
 * really is, stored with their SHA-256 before the case records them; downloaded exactly as stored.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/evidence")
class EvidenceController {

    record Withdrawal(String reason) {
    }

    record Attached(String caseId, long version, String documentId, String sha256, String mediaType) {
    }

    private final EvidenceDocuments documents;
    private final CaseSteps steps;
    private final DataSize maxSize;

    EvidenceController(EvidenceDocuments documents, CaseSteps steps,
                       @Value("${recours.evidence.max-size:20MB}") DataSize maxSize) {
        this.documents = documents;
        this.steps = steps;
        this.maxSize = maxSize;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attached> attach(@PathVariable String caseId,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestParam("file") MultipartFile file,
                                    @RequestParam(value = "description", required = false) String description,
                                    Principal principal) throws IOException {
        var id = CaseSteps.existingCaseId(caseId);
        var expectedVersion = CaseSteps.expectedVersion(ifMatch);
        if (file.getSize() > maxSize.toBytes()) {
            throw new DocumentTooLarge(maxSize);
        }
        var content = file.getBytes();
        if (content.length == 0) {
            throw new InvalidCaseData("file", "Le document envoyé est vide.");
        }
        var fileName = Require.text("fileName", file.getOriginalFilename() == null ? "document"
                : file.getOriginalFilename(), 255);
        var describedAs = Require.text("description", description, Require.SHORT_TEXT);
        var mediaType = DocumentTypes.check(fileName, content);
        var stored = documents.store(id, fileName, mediaType, content);
        try {
            long version = steps.send(new AttachEvidence(id, expectedVersion, stored.documentId(), fileName, mediaType,
                    content.length, stored.sha256(), describedAs), principal);
            return ResponseEntity.created(URI.create("/api/cases/" + id + "/evidence/" + stored.documentId()))
                    .header(HttpHeaders.ETAG, "\"" + version + "\"")
                    .body(new Attached(id.value(), version, stored.documentId().toString(), stored.sha256().hex(),
                            mediaType));
        } catch (RuntimeException refused) {
            documents.forget(stored.documentId());
            throw refused instanceof org.axonframework.modelling.command.AggregateNotFoundException
                    ? new CaseNotFound(caseId) : refused;
        }
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String documentId) {
        var document = documents.find(CaseSteps.existingCaseId(caseId), parse(documentId))
                .orElseThrow(() -> new DocumentNotFound(documentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(document.sha256().hex())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @PostMapping("/{documentId}/withdrawal")
    ResponseEntity<StepRecorded> withdraw(@PathVariable String caseId, @PathVariable String documentId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody Withdrawal body, Principal principal) {
        var document = parse(documentId);
        return steps.record(caseId, ifMatch, principal, (id, version) ->
                new WithdrawEvidence(id, version, document, body.reason()));
    }

    private static DocumentId parse(String documentId) {
        try {
            return DocumentId.parse(documentId);
        } catch (InvalidCaseData e) {
            throw new DocumentNotFound(documentId);
        }
    }
}
