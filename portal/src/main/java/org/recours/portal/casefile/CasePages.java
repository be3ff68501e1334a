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
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.branch.Branches;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.consumer.ConsumerNames;
import org.recours.portal.staff.CurrentStaff;
import org.recours.portal.staff.StaffAccounts;
import org.recours.portal.staff.StaffPrincipal;
import org.recours.portal.web.Dates;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.recours.query.confidential.ConfidentialNotes;
import org.recours.query.evidence.Chronology;
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
    private final CurrentStaff staff;
    private final Dates dates;
    private final Branches branches;
    private final StaffAccounts accounts;
    private final ConfidentialNotes confidentialNotes;
    private final ConfidentialNoteTaking noteTaking;
    private final CaseListViews listViews;

    CasePages(
            QueryGateway queries,
            CaseSteps steps,
            ComplaintFiling filing,
            CompanyDirectory companies,
            PersonalDataVault vault,
            CaseAccess access,
            Refusals refusals,
            MessageSource messages,
            Clock clock,
            ConsumerNames names,
            org.recours.portal.handler.CaseHandlers handlers,
            CurrentStaff staff,
            Dates dates,
            Branches branches,
            StaffAccounts accounts,
            ConfidentialNotes confidentialNotes,
            ConfidentialNoteTaking noteTaking,
            CaseListViews listViews) {
        this.listViews = listViews;
        this.accounts = accounts;
        this.branches = branches;
        this.staff = staff;
        this.dates = dates;
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
    String list(@RequestParam Map<String, String> given, Principal principal, Model model) {
        var filters = withDefaultView(lastView(given, principal), staff.of(principal));
        var form = new FormValues(filters);
        var query = new FindCases(
                access.branchFilter(principal, form.text("branch")),
                parse(CaseStatus.class, form.text("status")),
                parse(Category.class, form.text("category")),
                form.text("company"),
                form.text("staff"),
                parse(FindCases.DeadlineFilter.class, form.text("deadline")),
                form.text("q"),
                Math.max(0, parseInt(form.text("page"))),
                25,
                form.text("handler"));
        var page = queries.query(query, CasePage.class).join();
        model.addAttribute("page", page);
        model.addAttribute("names", names.of(page));
        model.addAttribute("filters", filters);
        model.addAttribute("me", principal.getName());
        var member = staff.of(principal);
        model.addAttribute(
                "queues",
                member.role() == StaffRole.STAFF
                        ? List.of()
                        : branches.all().stream()
                                .map(branch -> StaffMemberId.supervisorsQueue(new BranchId(branch.code()))
                                        .value())
                                .toList());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("companies", companies.all());
        return "cases/list";
    }

    /**
     * The list as the staff member last left it when they open it bare ({@code /cases}, from the menu or after
     * signing in); a list asked for with a view or filters is remembered as their last view ({@link CaseListViews}).
     */
    private Map<String, String> lastView(Map<String, String> given, Principal principal) {
        var asked = given.keySet().stream().anyMatch(filter -> !filter.equals("lang"));
        if (asked) {
            if (given.keySet().stream().anyMatch(CaseListViews.KEPT::contains)) {
                listViews.remember(principal.getName(), given);
            }
            return given;
        }
        return listViews
                .last(principal.getName())
                .map(view -> {
                    var restored = new LinkedHashMap<>(view);
                    restored.putAll(given);
                    return (Map<String, String>) restored;
                })
                .orElse(given);
    }

    /**
     * Staff and supervisors land on the cases they handle ("Mes dossiers"); every case is one click away
     * ({@code handler=} empty), and a search or any other filter looks through every case. Administrators, who handle
     * none, land on every case.
     */
    private static Map<String, String> withDefaultView(Map<String, String> given, StaffPrincipal member) {
        var filtered = given.keySet().stream().anyMatch(filter -> !filter.equals("lang"));
        if (filtered || member.role() == StaffRole.ADMINISTRATOR) {
            return given;
        }
        var filters = new LinkedHashMap<>(given);
        filters.put("handler", member.login());
        return filters;
    }

    @GetMapping("/cases/new")
    String newCase(Principal principal, Model model) {
        var member = staff.of(principal);
        return filingForm(model, member, Map.of("branch", member.branch(), "handler", member.login()), null);
    }

    @PostMapping("/cases")
    String file(
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var filed = filing.file(
                    new CaseRequests.FileComplaint(
                            new CaseRequests.Consumer(
                                    form.text("fullName"),
                                    form.text("email"),
                                    form.text("phone"),
                                    form.text("postalAddress"),
                                    "on".equals(form.text("agreedToReminders"))),
                            form.text("companyId"),
                            form.choice("category", "filing.category", Category.class),
                            form.text("facts"),
                            form.amount("amountAtStake", "filing.amountAtStake"),
                            form.text("desiredOutcome"),
                            form.text("branch"),
                            form.text("handler"),
                            form.optionalDate("factsKnownOn", "filing.factsKnownOn")),
                    principal);
            redirect.addFlashAttribute("notice", message("filing.recorded", filed.caseId()));
            redirect.addFlashAttribute("recordedVersion", filed.version());
            return "redirect:/cases/" + filed.caseId();
        } catch (InvalidCaseData | StepRefused | org.recours.portal.branch.BranchUnavailable refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return filingForm(model, staff.of(principal), typed, refused);
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
        offers(model, file, staff.of(principal).role());
        model.addAttribute("handlerChoices", handlers.candidates(file));
        model.addAttribute("confidentialNotes", confidentialNotes.of(file.caseId()));
        return "cases/show";
    }

    /**
     * The steps the case allows now, as the case itself decides ({@link CaseStep}): those offered, the corrections
     * offered, and the others with why not ("possible à partir du 1er avril 2027").
     */
    private void offers(Model model, CaseFile file, StaffRole role) {
        var standing = file.standing();
        var today = LocalDate.now(clock);
        var offered = new ArrayList<CaseStepForm>();
        var corrections = new ArrayList<CaseStepForm>();
        var unavailable = new ArrayList<StepOffer>();
        for (var form : CaseStepForm.values()) {
            var refusal = form.step().offered(standing, today, role);
            if (refusal.isEmpty()) {
                (form.step().correction() ? corrections : offered).add(form);
            } else if (!form.step().correction()) {
                unavailable.add(new StepOffer(form, why(refusal.get())));
            }
        }
        model.addAttribute("offered", offered);
        model.addAttribute("letterOffered", offered.contains(CaseStepForm.LETTER));
        model.addAttribute("corrections", corrections);
        model.addAttribute("unavailable", unavailable);
    }

    /** A step not offered now, and why, in a few words. */
    record StepOffer(CaseStepForm form, String reason) {}

    private String why(StepRefused refusal) {
        return refusal.possibleFrom()
                .map(day -> message("offer.possible-from", dates.day(day)))
                // shown after the step's name and a colon: a sentence continues there without a capital
                .orElseGet(() -> org.recours.kernel.casefile.FrenchGrammar.afterColon(refusals.describe(refusal)));
    }

    /**
     * The company's last day, when its window has ended with neither an answer nor its silence on record: the
     * window was entered too late for the system to state the silence (ADR 13), so staff are asked. Null otherwise.
     */
    private LocalDate silenceToConfirm(CaseFile file) {
        var dates = file.legalDates();
        if (file.status() == CaseStatus.CLOSED
                || dates.responseDueOn() == null
                || dates.responseDeadlineExpired()
                || !file.responses().isEmpty()
                || !LocalDate.now(clock).isAfter(dates.responseDueOn())) {
            return null;
        }
        return dates.responseDueOn();
    }

    @GetMapping("/cases/{caseId}/{step}")
    String stepForm(@PathVariable String caseId, @PathVariable String step, Principal principal, Model model) {
        var file = access.visible(caseId, principal);
        var form = form(step);
        var role = staff.of(principal).role();
        form.step()
                .offered(file.standing(), LocalDate.now(clock), role)
                .ifPresent(refusal -> model.addAttribute("unavailable", why(refusal)));
        return stepPage(
                model,
                file,
                form,
                role,
                form.known(file, companies.find(file.company().companyId())),
                null);
    }

    @PostMapping("/cases/{caseId}/{step}")
    String recordStep(
            @PathVariable String caseId,
            @PathVariable String step,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        var stepForm = form(step);
        var id = CaseSteps.existingCaseId(caseId);
        try {
            // what the mediator proposed or found is confidential (L612-3): a note on the entry, not the event
            var note = switch (stepForm) {
                case MEDIATION_PROPOSAL -> ConfidentialNoteTaking.optional("content", typed.get("content"));
                case MEDIATION_OUTCOME, CORRECT_MEDIATION_OUTCOME ->
                    ConfidentialNoteTaking.optional("details", typed.get("details"));
                default -> null;
            };
            Long version = steps.send(
                    stepForm.command(id, CaseSteps.expectedVersion(typed.get("version")), new FormValues(typed)),
                    principal);
            if (note != null) {
                noteTaking.keepOnRecorded(
                        id,
                        version,
                        stepForm == CaseStepForm.MEDIATION_PROPOSAL
                                ? ConfidentialNotes.Subject.PROPOSAL
                                : ConfidentialNotes.Subject.OUTCOME,
                        note,
                        principal);
            }
            redirect.addFlashAttribute("notice", message("step.recorded", message(stepForm.title()), version));
            redirect.addFlashAttribute("recordedVersion", version);
            return "redirect:/cases/" + id;
        } catch (InvalidCaseData | StepRefused | ConflictingAggregateVersionException refused) {
            response.setStatus(
                    refused instanceof InvalidCaseData
                            ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                            : HttpStatus.CONFLICT.value());
            return stepPage(
                    model,
                    access.visible(caseId, principal),
                    stepForm,
                    staff.of(principal).role(),
                    typed,
                    refused);
        } catch (org.axonframework.modelling.command.AggregateNotFoundException
                | org.recours.kernel.casefile.CaseOutOfReach e) {
            throw new CaseNotFound(caseId);
        }
    }

    /**
     * The filing form starts from what Recours knows: the branch is the member's own (a choice among the active
     * branches for a supervisor), and a supervisor chooses who handles the case (themselves unless they choose).
     */
    private String filingForm(Model model, StaffPrincipal member, Map<String, String> typed, RuntimeException refused) {
        var branchOptions = new LinkedHashMap<String, String>();
        branches.active().stream()
                .filter(branch -> member.reaches(branch.code()))
                .forEach(branch -> branchOptions.put(branch.code(), branch.name() + " (" + branch.code() + ")"));
        if (branchOptions.isEmpty()) {
            branchOptions.put(member.branch(), member.branch());
        }
        var companyOptions = new LinkedHashMap<String, String>();
        companies.all().forEach(company -> companyOptions.put(company.companyId(), company.name()));
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.text("fullName", "filing.fullName", true),
                new FormField("email", "filing.email", FormField.Kind.EMAIL, false, Map.of(), null),
                new FormField("phone", "filing.phone", FormField.Kind.PHONE, false, Map.of(), null),
                FormField.longText("postalAddress", "filing.postalAddress", false),
                new FormField(
                        "agreedToReminders",
                        "filing.agreedToReminders",
                        FormField.Kind.CHECKBOX,
                        false,
                        Map.of(),
                        null),
                FormField.choice("companyId", "term.company", companyOptions),
                FormField.choice("category", "filing.category", Category.class, "category"),
                FormField.longText("facts", "filing.facts", true),
                FormField.amount("amountAtStake", "filing.amountAtStake"),
                FormField.longText("desiredOutcome", "filing.desiredOutcome", true),
                FormField.date("factsKnownOn", "filing.factsKnownOn").optional().withHint("filing.factsKnownOn.hint"),
                FormField.choice("branch", "term.branch", branchOptions)));
        if (member.role() != StaffRole.STAFF) {
            var handlerOptions = new LinkedHashMap<String, String>();
            accounts.all().stream()
                    .filter(StaffAccounts.Account::enabled)
                    .forEach(account -> handlerOptions.put(
                            account.login(),
                            account.fullName() + " (" + account.login() + ", " + account.branch() + ")"));
            fields.add(FormField.choice("handler", "filing.handler", handlerOptions)
                    .withHint("filing.handler.hint"));
        }
        model.addAttribute("fields", fields);
        model.addAttribute("typed", typed);
        refusal(model, refused, fields);
        return "cases/new";
    }

    private String stepPage(
            Model model,
            CaseFile file,
            CaseStepForm form,
            StaffRole role,
            Map<String, String> typed,
            RuntimeException refused) {
        var fields = form.fields(file, role);
        model.addAttribute("file", file);
        model.addAttribute("form", form);
        model.addAttribute("fields", fields);
        model.addAttribute("typed", typed);
        refusal(model, refused, fields);
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
        model.addAttribute(
                "error",
                refused instanceof ConflictingAggregateVersionException
                        ? message("step.conflict")
                        : refusals.describe(refused, fields));
        if (refused instanceof InvalidCaseData invalid && invalid.field() != null) {
            var field = invalid.field().replaceFirst("^consumer\\.", "");
            fields.stream()
                    .filter(candidate -> candidate.name().equals(field)
                            || field.equals("amount") && candidate.kind() == FormField.Kind.AMOUNT)
                    .findFirst()
                    .ifPresent(candidate -> model.addAttribute("errorField", candidate.name()));
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
            entries = queries.query(
                            new FindCaseHistory(file.caseId()), ResponseTypes.multipleInstancesOf(AuditEntry.class))
                    .join();
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
