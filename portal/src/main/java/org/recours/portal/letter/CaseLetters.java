package org.recours.portal.letter;

import java.security.Principal;
import java.time.Clock;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.recours.query.letter.CaseLetter;
import org.recours.query.letter.LetterModel;
import org.recours.query.letter.LetterRenderer;
import org.recours.query.letter.LetterTemplate;
import org.recours.query.letter.LetterTemplates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The letters of a case from its templates: previewed as a PDF (nothing kept), or produced for sending, which keeps
 * the PDF as a document of the case (the evidence, so bundles carry it) with its SHA-256 and the template version it
 * came from. Same reach as the case: another branch's case answers 404. {@code addressee} names the head office
 * (its legal entity), the first one when absent; an unknown one is refused. Dated today in Paris's calendar, in the
 * consumer's city.
 */
@Component
class CaseLetters {

    /** A letter kept on its case. */
    record Produced(
            String caseId,
            long version,
            String documentId,
            String fileName,
            String sha256,
            String template,
            int templateVersion) {}

    private final CaseAccess access;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final ComplaintLetters letters;
    private final Clock clock;

    CaseLetters(
            CaseAccess access,
            LetterTemplates templates,
            LetterRenderer renderer,
            ComplaintLetters letters,
            Clock clock) {
        this.access = access;
        this.templates = templates;
        this.renderer = renderer;
        this.letters = letters;
        this.clock = clock;
    }

    LetterTemplate template(String name, Integer version) {
        return (version == null ? templates.latest(name) : templates.version(name, version))
                .orElseThrow(() -> new LetterTemplateNotFound(name, version));
    }

    /** The letter as a PDF to download or preview; nothing is kept. */
    ResponseEntity<byte[]> pdf(String caseId, String name, Integer version, String addressee, Principal principal) {
        var template = template(name, version);
        var letter = letter(caseId, addressee, principal);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(letter, template))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(renderer.pdf(template, LetterModel.fields(letter)));
    }

    /** A draft template rendered on a case, for the administrator editing it: nothing is saved. */
    byte[] draft(String caseId, String body, Principal principal) {
        var letter = letter(caseId, null, principal);
        return renderer.pdf(
                new LetterTemplate("brouillon", 0, "Aperçu", body, principal.getName(), clock.instant()),
                LetterModel.fields(letter));
    }

    /** Renders the latest version of the template and keeps it as a document of the case. */
    Produced produce(String caseId, String name, String addressee, Long expectedVersion, Principal principal) {
        var file = access.visible(CaseSteps.existingCaseId(caseId).value(), principal);
        var template = template(name, null);
        var kept = letters.produce(
                file,
                name,
                addressee,
                expectedVersion,
                template.title() + " à "
                        + letters.letter(file, addressee).addressee().entity(),
                principal);
        var document = kept.attached().document();
        return new Produced(
                file.caseId().value(),
                kept.attached().version(),
                document.documentId().toString(),
                document.fileName(),
                document.sha256().hex(),
                kept.template().name(),
                kept.template().version());
    }

    /** The case's letter to its first head office, for a preview; the case must be one the staff member reaches. */
    CaseLetter letterOf(String caseId, Principal principal) {
        return letter(caseId, null, principal);
    }

    private CaseLetter letter(String caseId, String addressee, Principal principal) {
        return letters.letter(access.visible(CaseSteps.existingCaseId(caseId).value(), principal), addressee);
    }

    private static String fileName(CaseLetter letter, LetterTemplate template) {
        return letter.file().caseId() + "-" + template.name() + ".pdf";
    }
}
