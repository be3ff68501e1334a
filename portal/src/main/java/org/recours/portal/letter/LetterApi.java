package org.recours.portal.letter;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.recours.portal.casefile.CaseSteps;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's letters for the association's programs: previewed from any template version, or produced for sending
 * (kept as a document of the case). Errors are problem details (404 unknown case or template, 400 unknown head
 * office, 409 when the case moved on since the version in If-Match).
 */
@RestController
class LetterApi {

    /** What a letter produced for sending is addressed to; the first head office when null. */
    record Production(String addressee) {}

    /** A template as listed: its latest version. */
    record TemplateSummary(String name, String title, int version, String editedBy, Instant editedAt) {}

    private final CaseLetters letters;
    private final org.recours.query.letter.LetterTemplates templates;

    LetterApi(CaseLetters letters, org.recours.query.letter.LetterTemplates templates) {
        this.letters = letters;
        this.templates = templates;
    }

    @Operation(summary = "Produce the formal complaint letter (PDF, not kept)")
    @GetMapping("/api/cases/{caseId}/formal-letter.pdf")
    ResponseEntity<byte[]> letter(
            @PathVariable String caseId, @RequestParam(required = false) String addressee, Principal principal) {
        return letters.pdf(caseId, "reclamation", null, addressee, principal);
    }

    @Operation(summary = "Preview a case's letter from a template (PDF, not kept)")
    @GetMapping("/api/cases/{caseId}/from-template/{template}.pdf")
    ResponseEntity<byte[]> preview(
            @PathVariable String caseId,
            @PathVariable String template,
            @RequestParam(required = false) String addressee,
            @RequestParam(required = false) Integer version,
            Principal principal) {
        return letters.pdf(caseId, template, version, addressee, principal);
    }

    @Operation(summary = "Produce a letter from a template and keep it on the case")
    @PostMapping("/api/cases/{caseId}/from-template/{template}")
    ResponseEntity<CaseLetters.Produced> produce(
            @PathVariable String caseId,
            @PathVariable String template,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Production body,
            Principal principal) {
        var produced = letters.produce(
                caseId,
                template,
                body == null ? null : body.addressee(),
                CaseSteps.expectedVersion(ifMatch),
                principal);
        return ResponseEntity.created(
                        URI.create("/api/cases/" + produced.caseId() + "/evidence/" + produced.documentId()))
                .header(HttpHeaders.ETAG, "\"" + produced.version() + "\"")
                .body(produced);
    }

    @Operation(summary = "List the letter templates")
    @GetMapping("/api/letter-templates")
    List<TemplateSummary> templates() {
        return templates.latest().stream().map(LetterApi::summary).toList();
    }

    @Operation(summary = "Read a letter template (latest or a given version)")
    @GetMapping("/api/letter-templates/{name}")
    org.recours.query.letter.LetterTemplate template(
            @PathVariable String name, @RequestParam(required = false) Integer version) {
        return letters.template(name, version);
    }

    @Operation(summary = "List a letter template's versions")
    @GetMapping("/api/letter-templates/{name}/versions")
    List<TemplateSummary> versions(@PathVariable String name) {
        letters.template(name, null);
        return templates.versions(name).stream().map(LetterApi::summary).toList();
    }

    static TemplateSummary summary(org.recours.query.letter.LetterTemplate template) {
        return new TemplateSummary(
                template.name(), template.title(), template.version(), template.editedBy(), template.editedAt());
    }
}
