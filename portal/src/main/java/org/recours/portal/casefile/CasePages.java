package org.recours.portal.casefile;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.consumer.ConsumerNames;
import org.recours.query.evidence.Chronology;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.recours.query.confidential.ConfidentialNotes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of cases: the list, the filing form, a case's page and one form per step. A refused form comes
 * back with the rule in plain words and everything that was typed.
 */
@Controller
class CasePages {

    private static final int READ_MODEL_WAITS = 100;

    private final QueryGateway queries;
    private final CaseSteps steps;
    private final ComplaintFiling filing;
    private final CompanyDirectory companies;
    private final PersonalDataVault vault;
    private final CaseAccess access;
    private final Refusals refusals;
    private final MessageSource messages;
    private final Clock clock;
    private final ConsumerNames names;
    private final org.recours.portal.handler.CaseHandlers handlers;
    private final ConfidentialNotes confidentialNotes;
    private final ConfidentialNoteTaking noteTaking;

    CasePages(QueryGateway queries, CaseSteps steps, ComplaintFiling filing, CompanyDirectory companies,
              PersonalDataVault vault, CaseAccess access, Refusals refusals, MessageSource messages, Clock clock,
              ConsumerNames names, org.recours.portal.handler.CaseHandlers handlers,
              ConfidentialNotes confidentialNotes, ConfidentialNoteTaking noteTaking) {
        this.confidentialNotes = confidentialNotes;
        this.noteTaking = noteTaking;
        this.names = names;
        this.handlers = handlers;
        this.clock = clock;
        this.access = access;
        this.refusals = refusals;
        this.messages = messages;
        this.queries = queries;
        this.steps = steps;
        this.filing = filing;
        this.companies = companies;
        this.vault = vault;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/cases";
    }

    @GetMapping("/cases")
    String list(@RequestParam Map<String, String> filters, Principal principal, Model model) {
        var form = new FormValues(filters);
        var query = new FindCases(access.branchFilter(principal, form.text("branch")), parse(CaseStatus.class, form.text("status")),
                parse(Category.class, form.text("category")), form.text("company"), form.text("staff"),
                parse(FindCases.DeadlineFilter.class, form.text("deadline")), form.text("q"),
                Math.max(0, parseInt(form.text("page"))), 25, form.text("handler"));
        var page = queries.query(query, CasePage.class).join();
        model.addAttribute("page", page);
        model.addAttribute("names", names.of(page));
        model.addAttribute("filters", filters);
        model.addAttribute("me", principal.getName());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("companies", companies.all());
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        return filingForm(model, Map.of(), null);
    }

    @PostMapping("/cases")
    String file(@RequestParam Map<String, String> typed, Principal principal, Model model,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var filed = filing.file(new CaseRequests.FileComplaint(
                    new CaseRequests.Consumer(form.text("fullName"), form.text("email"), form.text("phone"),
                            form.text("postalAddress"), "on".equals(form.text("agreedToReminders"))),
                    form.text("companyId"), form.choice("category", "filing.category", Category.class),
                    form.text("facts"), form.amount("amountAtStake", "filing.amountAtStake"),
                    form.text("desiredOutcome"), form.text("branch")),
                    principal);
            redirect.addFlashAttribute("notice", message("filing.recorded", filed.caseId()));
            redirect.addFlashAttribute("recordedVersion", filed.version());
            return "redirect:/cases/" + filed.caseId();
        } catch (InvalidCaseData | StepRefused | org.recours.portal.branch.BranchUnavailable refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return filingForm(model, typed, refused);
        }
    }

    @GetMapping("/cases/{caseId}")
    String show(@PathVariable String caseId, Principal principal, Model model) {
        var recorded = (Long) model.getAttribute("recordedVersion");
        var file = recorded == null ? access.visible(caseId, principal) : caseFileAtLeast(caseId, recorded, principal);
        model.addAttribute("file", file);
        model.addAttribute("consumer", vault.find(file.consumer()).orElse(null));
        var history = history(file, recorded == null ? -1 : recorded);
        model.addAttribute("history", history);
        model.addAttribute("contradictedBy", Chronology.contradictedBy(history));
        model.addAttribute("silenceToConfirm", silenceToConfirm(file));
        model.addAttribute("stepForms", CaseStepForm.values());
        model.addAttribute("handlerChoices", handlers.candidates(file));
        model.addAttribute("confidentialNotes", confidentialNotes.of(file.caseId()));
        return "cases/show";
    }

    /**
     * The company's last day, when its window has ended with neither an answer nor its silence on record: the
     * window was entered too late for the system to state the silence (ADR 13), so staff are asked. Null otherwise.
     */
    private LocalDate silenceToConfirm(CaseFile file) {
        var dates = file.legalDates();
        if (file.status() == CaseStatus.CLOSED || dates.responseDueOn() == null || dates.responseDeadlineExpired()
                || !file.responses().isEmpty() || !LocalDate.now(clock).isAfter(dates.responseDueOn())) {
            return null;
        }
        return dates.responseDueOn();
    }

    @GetMapping("/cases/{caseId}/{step}")
    String stepForm(@PathVariable String caseId, @PathVariable String step, Principal principal, Model model) {
        var file = access.visible(caseId, principal);
        var form = form(step);
        return stepPage(model, file, form, form == CaseStepForm.MEDIATION ? mediatorOf(file) : Map.of(), null);
    }

    /**
     * The mediation request names the company's consumer mediator as the directory knows it now, or as the case
     * recorded it at filing; staff may change it.
     */
    private Map<String, String> mediatorOf(CaseFile file) {
        var name = companies.mediator(file.company().companyId()).map(m -> m.name())
                .orElse(file.company().consumerMediator());
        return name == null ? Map.of() : Map.of("mediator", name);
    }

    @PostMapping("/cases/{caseId}/{step}")
    String recordStep(@PathVariable String caseId, @PathVariable String step,
                      @RequestParam Map<String, String> typed, Principal principal, Model model,
                      RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        var stepForm = form(step);
        var id = CaseSteps.existingCaseId(caseId);
        try {
            Long version = steps.send(stepForm.command(id, CaseSteps.expectedVersion(typed.get("version")),
                    new FormValues(typed)), principal);
            var content = typed.get("content");
            if (stepForm == CaseStepForm.MEDIATION_PROPOSAL && content != null && !content.isBlank()) {
                noteTaking.keepOnRecorded(id, version, ConfidentialNotes.Subject.PROPOSAL, content, principal);
            }
            redirect.addFlashAttribute("notice", message("step.recorded", message(stepForm.title()), version));
            redirect.addFlashAttribute("recordedVersion", version);
            return "redirect:/cases/" + id;
        } catch (InvalidCaseData | StepRefused | ConflictingAggregateVersionException refused) {
            response.setStatus(refused instanceof InvalidCaseData ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                    : HttpStatus.CONFLICT.value());
            return stepPage(model, access.visible(caseId, principal), stepForm, typed, refused);
        } catch (org.axonframework.modelling.command.AggregateNotFoundException
                 | org.recours.kernel.casefile.CaseOutOfReach e) {
            throw new CaseNotFound(caseId);
        }
    }

    private String filingForm(Model model, Map<String, String> typed, RuntimeException refused) {
        var companyOptions = new LinkedHashMap<String, String>();
        companies.all().forEach(company -> companyOptions.put(company.companyId(), company.name()));
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.text("fullName", "filing.fullName", true),
                new FormField("email", "filing.email", FormField.Kind.EMAIL, false, Map.of(), null),
                new FormField("phone", "filing.phone", FormField.Kind.PHONE, false, Map.of(), null),
                FormField.longText("postalAddress", "filing.postalAddress", false),
                new FormField("agreedToReminders", "filing.agreedToReminders", FormField.Kind.CHECKBOX, false,
                        Map.of(), null),
                FormField.choice("companyId", "term.company", companyOptions),
                FormField.choice("category", "filing.category", Category.class, "category"),
                FormField.longText("facts", "filing.facts", true),
                FormField.amount("amountAtStake", "filing.amountAtStake"),
                FormField.longText("desiredOutcome", "filing.desiredOutcome", true),
                FormField.text("branch", "term.branch", true).withHint("filing.branch.hint")));
        model.addAttribute("fields", fields);
        model.addAttribute("typed", typed);
        refusal(model, refused, fields);
        return "cases/new";
    }

    private String stepPage(Model model, CaseFile file, CaseStepForm form, Map<String, String> typed,
                            RuntimeException refused) {
        model.addAttribute("file", file);
        model.addAttribute("form", form);
        model.addAttribute("typed", typed);
        refusal(model, refused, form.fields());
        return "cases/step";
    }

    /**
     * The refusal in the page's language, and the field it concerns when there is one, so that the field points at
     * the message ({@code aria-describedby}) and is marked invalid.
     */
    private void refusal(Model model, RuntimeException refused, List<FormField> fields) {
        if (refused == null) {
            return;
        }
        model.addAttribute("error", refused instanceof ConflictingAggregateVersionException
                ? message("step.conflict") : refusals.describe(refused, fields));
        if (refused instanceof InvalidCaseData invalid && invalid.field() != null) {
            var field = invalid.field().replaceFirst("^consumer\\.", "");
            fields.stream().filter(candidate -> candidate.name().equals(field)
                            || field.equals("amount") && candidate.kind() == FormField.Kind.AMOUNT)
                    .findFirst().ifPresent(candidate -> model.addAttribute("errorField", candidate.name()));
        }
    }

    /**
     * Right after a step, the page waits (briefly) for the read models to show it, so that staff see what they just
     * recorded; past the wait it shows what is there.
     */
    private CaseFile caseFileAtLeast(String caseId, long version, Principal principal) {
        for (int attempt = 0; attempt < READ_MODEL_WAITS; attempt++) {
            var file = access.reached(caseId, principal);
            if (file.isPresent() && file.get().version() >= version) {
                return file.get();
            }
            pause();
        }
        return access.visible(caseId, principal);
    }

    private List<AuditEntry> history(CaseFile file, long version) {
        List<AuditEntry> entries = List.of();
        for (int attempt = 0; attempt < READ_MODEL_WAITS; attempt++) {
            entries = queries.query(new FindCaseHistory(file.caseId()),
                    ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
            if (entries.size() > version) {
                break;
            }
            pause();
        }
        return entries;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    private static CaseStepForm form(String step) {
        var form = CaseStepForm.bySlug(step);
        if (form == null) {
            throw new PageNotFound();
        }
        return form;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
