package org.recours.portal.letter;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Require;
import org.recours.platform.messaging.AxonConfiguration;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.web.Refusals;
import org.recours.query.letter.CaseLetter;
import org.recours.query.letter.InvalidTemplate;
import org.recours.query.letter.LetterBlocks;
import org.recours.query.letter.LetterModel;
import org.recours.query.letter.LetterRenderer;
import org.recours.query.letter.LetterTemplate;
import org.recours.query.letter.LetterTemplates;
import org.recours.query.letter.SampleLetter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of the letter templates (ADR 21), beside the API ({@link LetterTemplateAdministration}):
 * the list, and a page per template to edit it, preview the letter it gives on a case (or on the fictitious one),
 * save it as a new version, and read or restore an earlier version. A template that does not render is refused
 * (422) with the engine's reason and the page as it was typed. Under {@code /admin}: administrators only.
 */
@Controller
class LetterTemplatePages {

    static final String PATH = "/admin/modeles-de-lettres";

    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final CaseLetters letters;
    private final Refusals refusals;
    private final Clock clock;

    LetterTemplatePages(
            LetterTemplates templates, LetterRenderer renderer, CaseLetters letters, Refusals refusals, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.letters = letters;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("templates", templates.latest());
        return "admin/letter-templates";
    }

    /** The template's latest version, or the one asked for (read, and restorable as a new version). */
    @GetMapping(PATH + "/{name}")
    String show(@PathVariable String name, @RequestParam(required = false) Integer version, Model model) {
        var shown = letters.template(name, version);
        var typed = new LinkedHashMap<String, String>();
        typed.put("title", shown.title());
        typed.put("body", shown.body());
        typed.put("caseId", "");
        return page(model, name, shown, typed, null, null);
    }

    @PostMapping(PATH + "/{name}/apercu")
    String preview(
            @PathVariable String name,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        var latest = letters.template(name, null);
        try {
            var draft = draft(name, typed, principal);
            return page(
                    model,
                    name,
                    viewed(name, typed, latest),
                    typed,
                    LetterBlocks.of(renderer.xml(draft.template().body(), draft.fields())),
                    null);
        } catch (RuntimeException refused) {
            return refused(refused, model, name, typed, latest, response);
        }
    }

    /** The same preview as a PDF, as it will print; a refused template gives the page back (422). */
    @PostMapping(value = PATH + "/{name}/apercu.pdf")
    Object previewPdf(
            @PathVariable String name,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        var latest = letters.template(name, null);
        try {
            var draft = draft(name, typed, principal);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"apercu-" + name + ".pdf\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(renderer.pdf(draft.template(), draft.fields()));
        } catch (RuntimeException refused) {
            return refused(refused, model, name, typed, latest, response);
        }
    }

    /** Saves what was typed as the next version, once it renders on the fictitious case (as the API does). */
    @PostMapping(PATH + "/{name}")
    String save(
            @PathVariable String name,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var latest = letters.template(name, null);
        try {
            var body = LetterBodies.require(lines(typed.get("body")));
            var title = Require.optionalText("title", typed.get("title"), 200);
            renderer.pdf(
                    new LetterTemplate(name, 0, name, body, principal.getName(), clock.instant()),
                    LetterModel.fields(SampleLetter.primeVideo(today())));
            var saved = templates.save(name, title, body, principal.getName());
            redirect.addFlashAttribute("notice", refusals.message("letter-templates.saved", saved.version()));
            return "redirect:" + PATH + "/" + name;
        } catch (RuntimeException refused) {
            return refused(refused, model, name, typed, latest, response);
        }
    }

    /**
     * The page again as typed, with why it was refused (422): a template that does not render, an empty one, or a
     * case to preview on that the administrator cannot find; anything else is not the form's fault.
     */
    private String refused(
            RuntimeException refused,
            Model model,
            String name,
            Map<String, String> typed,
            LetterTemplate latest,
            HttpServletResponse response) {
        String error;
        String field = "body";
        if (refused instanceof CaseNotFound) {
            error = refusals.message(
                    "letter-templates.case-not-found", typed.get("caseId").strip());
            field = "caseId";
        } else if (refused instanceof InvalidTemplate || refused instanceof InvalidCaseData) {
            error = describe(refused);
            if (refused instanceof InvalidCaseData invalid && "title".equals(invalid.field())) {
                field = "title";
            }
        } else {
            throw refused;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        page(model, name, viewed(name, typed, latest), typed, null, error);
        model.addAttribute("errorField", field);
        return "admin/letter-template";
    }

    private record Draft(LetterTemplate template, Map<String, Object> fields) {}

    private Draft draft(String name, Map<String, String> typed, Principal principal) {
        var body = LetterBodies.require(lines(typed.get("body")));
        var caseId = typed.get("caseId");
        CaseLetter letter = caseId == null || caseId.isBlank()
                ? SampleLetter.primeVideo(today())
                : letters.letterOf(caseId.strip(), principal);
        var title = typed.get("title") == null || typed.get("title").isBlank()
                ? name
                : typed.get("title").strip();
        return new Draft(
                new LetterTemplate(name, 0, title, body, principal.getName(), clock.instant()),
                LetterModel.fields(letter));
    }

    /**
     * The text with the line breaks it was written with: a browser sends a textarea's lines ended by CR LF (HTML's
     * form encoding), which would make every version saved from the page differ from its original by its line ends.
     */
    static String lines(String typed) {
        return typed == null ? null : typed.replace("\r\n", "\n");
    }

    /** The version the form was opened on (kept in the form), else the latest. */
    private LetterTemplate viewed(String name, Map<String, String> typed, LetterTemplate latest) {
        try {
            var version = Integer.parseInt(typed.getOrDefault("version", ""));
            return templates.version(name, version).orElse(latest);
        } catch (NumberFormatException none) {
            return latest;
        }
    }

    /**
     * The refusal in the page's language: a French page shows the rule's or the engine's words as the API does; an
     * English one says in English that the template cannot be rendered, followed by the engine's reason.
     */
    private String describe(RuntimeException refused) {
        var english = !Locale.FRENCH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
        if (refused instanceof InvalidTemplate && english) {
            return refusals.message(
                    "letter-templates.invalid",
                    refused.getMessage().replaceFirst("^Le modèle ne peut pas être rendu : ", ""));
        }
        return refusals.describe(refused);
    }

    private String page(
            Model model,
            String name,
            LetterTemplate viewed,
            Map<String, String> typed,
            java.util.List<LetterBlocks.Block> preview,
            String error) {
        var latest = letters.template(name, null);
        model.addAttribute("name", name);
        model.addAttribute("latest", latest);
        model.addAttribute("viewed", viewed);
        model.addAttribute("older", viewed.version() != latest.version());
        model.addAttribute("versions", templates.versions(name));
        model.addAttribute("typed", typed);
        model.addAttribute("fields", MergeFields.HELP);
        model.addAttribute("preview", preview);
        model.addAttribute("error", error);
        return "admin/letter-template";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AxonConfiguration.PARIS));
    }
}
