package org.recours.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.portal.branch.Branches;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.evidence.DocumentTooLarge;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.recours.query.AssociationSettings;
import org.recours.query.evidence.UnacceptableDocument;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form, without an account ({@code /reclamation}), and the confirmation of the sender's email
 * address. A link that is unknown, used or too old answers the same page as any other wrong link: nothing tells
 * which submissions exist.
 */
@Controller
class PublicComplaintPages {

    static final String FORM = "/reclamation";
    /** A field no person sees nor fills (hidden from eyes and assistive technologies); robots fill it. */
    static final String HONEYPOT = "website";

    private final ComplaintIntake intake;
    private final Submissions submissions;
    private final CompanyDirectory companies;
    private final Branches branches;
    private final Refusals refusals;
    private final IntakeSettings settings;
    private final Clock clock;
    private final String association;

    PublicComplaintPages(
            ComplaintIntake intake,
            Submissions submissions,
            CompanyDirectory companies,
            Branches branches,
            Refusals refusals,
            IntakeSettings settings,
            Clock clock,
            AssociationSettings associationSettings) {
        this.intake = intake;
        this.submissions = submissions;
        this.companies = companies;
        this.branches = branches;
        this.refusals = refusals;
        this.settings = settings;
        this.clock = clock;
        this.association = associationSettings.name();
    }

    @GetMapping(FORM)
    String form(Model model) {
        return form(model, Map.of(), null);
    }

    @PostMapping(FORM)
    String submit(
            @RequestParam Map<String, String> typed,
            @RequestParam(value = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (typed.get(HONEYPOT) != null && !typed.get(HONEYPOT).isEmpty()) {
            // a robot: it is answered as a person would be, and nothing is kept
            return "redirect:" + FORM + "/envoyee";
        }
        try {
            intake.submit(
                    new FormValues(typed),
                    files,
                    request.getRemoteAddr(),
                    LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "fr");
            return "redirect:" + FORM + "/envoyee";
        } catch (RateLimits.TooManyAttempts tooMany) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(tooMany.window.toSeconds()));
            return form(model, typed, tooMany);
        } catch (InvalidCaseData
                | UnacceptableDocument
                | DocumentTooLarge
                | org.recours.portal.antivirus.InfectedDocument refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, typed, refused);
        } catch (org.recours.portal.antivirus.ScannerUnavailable unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "60");
            return form(model, typed, unavailable);
        }
    }

    @GetMapping(FORM + "/envoyee")
    String sent(Model model) {
        model.addAttribute("hours", settings.confirmationWindow().toHours());
        return "intake/sent";
    }

    /** The link of the email opens a page with a button: a mail scanner that follows links confirms nothing. */
    @GetMapping(FORM + "/confirmation")
    String confirmation(
            @RequestParam(value = "jeton", required = false) String token, Model model, HttpServletResponse response) {
        if (!submissions.awaitsConfirmation(Tokens.hash(token), oldestWaiting())) {
            return IntakePages.invalidLink(response);
        }
        model.addAttribute("token", token);
        return "intake/confirm";
    }

    @PostMapping(FORM + "/confirmation")
    String confirm(@RequestParam(value = "jeton", required = false) String token, HttpServletResponse response) {
        return submissions
                .confirm(Tokens.hash(token), clock.instant(), oldestWaiting())
                .map(id -> "intake/confirmed")
                .orElseGet(() -> IntakePages.invalidLink(response));
    }

    private java.time.Instant oldestWaiting() {
        return clock.instant().minus(settings.confirmationWindow());
    }

    private String form(Model model, Map<String, String> typed, RuntimeException refused) {
        var sections = sections();
        model.addAttribute("sections", sections);
        model.addAttribute("typed", typed);
        model.addAttribute("companies", companies.all());
        model.addAttribute("association", association);
        model.addAttribute("retentionYears", settings.retentionYears());
        model.addAttribute("hours", settings.confirmationWindow().toHours());
        model.addAttribute("maxFiles", settings.maxFiles());
        model.addAttribute("maxSize", settings.maxSubmissionSize().toMegabytes());
        if (refused != null) {
            var all = sections.values().stream().flatMap(List::stream).collect(Collectors.toList());
            model.addAttribute("error", refusals.describe(refused, all));
            model.addAttribute(
                    "errorField",
                    refused instanceof InvalidCaseData invalid && invalid.field() != null
                            ? invalid.field().replaceFirst("^consumer\\.", "")
                            : refused instanceof RateLimits.TooManyAttempts ? null : "files");
        }
        return "intake/form";
    }

    /** The form's fields, by the section (legend's message code) they belong to. */
    private Map<String, List<FormField>> sections() {
        var companyOptions = new LinkedHashMap<String, String>();
        companies.all().forEach(company -> companyOptions.put(company.companyId(), company.name()));
        var answers = yesNo();
        var branchOptions = new LinkedHashMap<String, String>();
        branches.active().forEach(branch -> branchOptions.put(branch.code(), branch.name()));
        var sections = new LinkedHashMap<String, List<FormField>>();
        sections.put(
                "intake.section.complaint",
                List.of(
                        FormField.choice("companyId", "term.company", companyOptions)
                                .withHint("intake.company.hint"),
                        FormField.choice("category", "filing.category", Category.class, "category"),
                        FormField.longText("facts", "intake.facts", true).withHint("intake.facts.hint"),
                        FormField.longText("desiredOutcome", "intake.desiredOutcome", true),
                        FormField.amount("amountAtStake", "filing.amountAtStake")));
        sections.put(
                "intake.section.steps",
                List.of(
                        new FormField(
                                "contactedSupport",
                                "intake.contactedSupport",
                                FormField.Kind.CHOICE,
                                true,
                                answers,
                                "intake.contactedSupport.hint"),
                        new FormField(
                                "supportContactedOn",
                                "intake.supportContactedOn",
                                FormField.Kind.DATE,
                                false,
                                Map.of(),
                                "intake.date.hint"),
                        new FormField(
                                "sentWrittenComplaint",
                                "intake.sentWrittenComplaint",
                                FormField.Kind.CHOICE,
                                true,
                                answers,
                                "intake.sentWrittenComplaint.hint"),
                        new FormField(
                                "writtenComplaintOn",
                                "intake.writtenComplaintOn",
                                FormField.Kind.DATE,
                                false,
                                Map.of(),
                                "intake.date.hint")));
        var contact = new ArrayList<>(List.of(
                FormField.text("fullName", "filing.fullName", true),
                new FormField("email", "intake.email", FormField.Kind.EMAIL, true, Map.of(), "intake.email.hint"),
                new FormField("phone", "filing.phone", FormField.Kind.PHONE, false, Map.of(), null),
                FormField.longText("postalAddress", "filing.postalAddress", false),
                FormField.text("postcode", "intake.postcode", true).withHint("intake.postcode.hint"),
                new FormField(
                        "branch",
                        "intake.branch",
                        FormField.Kind.CHOICE,
                        false,
                        FormField.choice("branch", "intake.branch", branchOptions)
                                .options(),
                        "intake.branch.hint")));
        sections.put("intake.section.contact", contact);
        return sections;
    }

    private static Map<String, org.springframework.context.MessageSourceResolvable> yesNo() {
        var options = new LinkedHashMap<String, org.springframework.context.MessageSourceResolvable>();
        for (var answer : Submission.Answer.values()) {
            options.put(answer.name(), new DefaultMessageSourceResolvable("intake.answer." + answer.name()));
        }
        return options;
    }
}
