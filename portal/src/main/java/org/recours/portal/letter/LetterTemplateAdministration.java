package org.recours.portal.letter;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.query.letter.LetterModel;
import org.recours.query.letter.LetterRenderer;
import org.recours.query.letter.LetterTemplate;
import org.recours.query.letter.LetterTemplates;
import org.recours.query.letter.SampleLetter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators edit the letter templates (ADR 21): an edit is saved as the next version once it renders (on a
 * fictitious case), never over an earlier one; a draft is previewed on a case of theirs, or on the fictitious one.
 * Under {@code /api/admin}: administrators only.
 */
@RestController
class LetterTemplateAdministration {

    /** An edit: the template's body (Thymeleaf XML), and its title (unchanged when null). */
    record Edit(String title, String body) {}

    /** A draft to preview: its body, and the case to render it on (the fictitious one when null). */
    record Draft(String body, String caseId) {}

    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final CaseLetters letters;
    private final Clock clock;

    LetterTemplateAdministration(LetterTemplates templates, LetterRenderer renderer, CaseLetters letters, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.letters = letters;
        this.clock = clock;
    }

    @Operation(summary = "Save a new version of a letter template")
    @PutMapping("/api/admin/letter-templates/{name}")
    ResponseEntity<LetterApi.TemplateSummary> save(
            @PathVariable String name, @RequestBody Edit edit, Principal principal) {
        letters.template(name, null);
        var body = LetterBodies.require(edit == null ? null : edit.body());
        renderer.pdf(
                new LetterTemplate(name, 0, name, body, principal.getName(), clock.instant()),
                LetterModel.fields(SampleLetter.primeVideo(today())));
        var title = org.recours.kernel.casefile.Require.optionalText("title", edit.title(), 200);
        var saved = templates.save(name, title, body, principal.getName());
        return ResponseEntity.created(URI.create("/api/letter-templates/" + name + "?version=" + saved.version()))
                .body(LetterApi.summary(saved));
    }

    @Operation(summary = "Preview a draft template on a case (nothing saved)")
    @PostMapping("/api/admin/letter-templates/{name}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String name, @RequestBody Draft draft, Principal principal) {
        letters.template(name, null);
        var body = LetterBodies.require(draft == null ? null : draft.body());
        var pdf = draft.caseId() == null || draft.caseId().isBlank()
                ? renderer.pdf(
                        new LetterTemplate(name, 0, "Aperçu", body, principal.getName(), clock.instant()),
                        LetterModel.fields(SampleLetter.primeVideo(today())))
                : letters.draft(draft.caseId(), body, principal);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AxonConfiguration.PARIS));
    }
}
