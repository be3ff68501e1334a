package org.recours.portal.letter;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.evidence.EvidenceIntake;
import org.recours.query.letter.CaseLetter;
import org.recours.query.letter.LetterModel;
import org.recours.query.letter.LetterRenderer;
import org.recours.query.letter.LetterTemplate;
import org.recours.query.letter.LetterTemplates;
import org.springframework.stereotype.Component;

/**
 * The one place where a letter of a case is made from a template and kept as a document of the case, with its
 * SHA-256 and the template version it came from: for the case's page and API ({@link CaseLetters}) and for a
 * campaign's letters to its members alike. The caller has checked the case's reach. Dated today in Paris's calendar.
 */
@Component
public class ComplaintLetters {

    /** The formal complaint to the company's head office (the template shipped as {@code reclamation}). */
    public static final String FORMAL_COMPLAINT = "reclamation";

    /** A letter kept on its case: the PDF, the document and the case's new version. */
    public record Kept(byte[] pdf, EvidenceIntake.Attached attached, LetterTemplate template) {}

    private final PersonalDataVault vault;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final EvidenceIntake intake;
    private final Clock clock;
    private final CompanyDirectory directory;

    ComplaintLetters(
            PersonalDataVault vault,
            LetterTemplates templates,
            LetterRenderer renderer,
            EvidenceIntake intake,
            Clock clock,
            CompanyDirectory directory) {
        this.directory = directory;
        this.vault = vault;
        this.templates = templates;
        this.renderer = renderer;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * The case's letter for {@code addressee} (a head office's entity, the first one when null), with the company's
     * consumer mediator as the directory holds it (name, postal address, website, email).
     */
    CaseLetter letter(CaseFile file, String addressee) {
        var consumer = vault.find(file.consumer()).orElse(null);
        var mediator = directory
                .mediator(file.company().companyId())
                .map(known ->
                        new CaseLetter.Mediator(known.name(), known.website(), known.postalAddress(), known.email()))
                .orElse(null);
        return CaseLetter.of(file, consumer, addressee, LocalDate.now(clock.withZone(AxonConfiguration.PARIS)))
                .withMediator(mediator);
    }

    /**
     * Renders the latest version of template {@code name} for the case and keeps it as a document of the case,
     * described by {@code purpose} followed by the template and its version.
     */
    public Kept produce(
            CaseFile file, String name, String addressee, Long expectedVersion, String purpose, Principal principal) {
        var template = templates.latest(name).orElseThrow(() -> new LetterTemplateNotFound(name, null));
        var letter = letter(file, addressee);
        var pdf = renderer.pdf(template, LetterModel.fields(letter));
        var attached = intake.attach(
                file.caseId(),
                expectedVersion,
                file.caseId() + "-" + template.name() + ".pdf",
                pdf,
                purpose + " (modèle « " + template.name() + " », version " + template.version() + ")",
                principal);
        templates.recordProduced(
                attached.document().documentId().toString(),
                file.caseId().value(),
                template,
                attached.document().sha256().hex(),
                principal.getName());
        return new Kept(pdf, attached, template);
    }
}
