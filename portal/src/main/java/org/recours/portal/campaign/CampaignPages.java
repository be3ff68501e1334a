package org.recours.portal.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.SendCollectiveFormalNotice;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.portal.company.CompanyDirectory;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign list (with the opening form for supervisors) and one page per campaign. */
@Controller
class CampaignPages {

    private static final String SUPERVISOR = "hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')";

    private static final List<FormField> NOTICE = List.of(
            FormField.date("sentOn", "campaigns.notice.sent-on"),
            FormField.choice("method", "campaigns.notice.method", SendingMethod.class, "method"),
            FormField.text("trackingNumber", "campaigns.notice.tracking", false));

    private static final List<FormField> STANDING = List.of(
            FormField.text("approvalNumber", "campaigns.standing.number", true),
            FormField.date("approvedOn", "campaigns.standing.approved-on"));
    private static final List<FormField> MEDIATION = List.of(
            FormField.text("mediator", "campaigns.mediation.mediator", true),
            FormField.date("requestedOn", "campaigns.mediation.requested-on"),
            FormField.text("reference", "campaigns.reference", false));
    private static final List<FormField> GROUP_ACTION = List.of(
            FormField.text("court", "campaigns.action.court", true),
            FormField.date("filedOn", "campaigns.action.filed-on"),
            FormField.text("reference", "campaigns.reference", false),
            FormField.longText("summary", "campaigns.action.summary", true));
    private static final List<FormField> JUDGMENT = List.of(
            FormField.date("deliveredOn", "campaigns.judgment.delivered-on"),
            FormField.longText("summary", "campaigns.judgment.summary", true),
            new FormField(
                    "joiningWindowEndsOn",
                    "campaigns.judgment.window-ends",
                    FormField.Kind.DATE,
                    false,
                    Map.of(),
                    null));
    private static final List<FormField> CLOSURE =
            List.of(FormField.longText("reason", "campaigns.closure.reason", true));

    private final Campaigns campaigns;
    private final CampaignExports exports;
    private final CampaignLetters letters;
    private final CompanyDirectory companies;
    private final Refusals refusals;
    private final org.recours.portal.staff.CurrentStaff staff;

    CampaignPages(
            Campaigns campaigns,
            CampaignExports exports,
            CampaignLetters letters,
            CompanyDirectory companies,
            Refusals refusals,
            org.recours.portal.staff.CurrentStaff staff) {
        this.campaigns = campaigns;
        this.exports = exports;
        this.letters = letters;
        this.companies = companies;
        this.refusals = refusals;
        this.staff = staff;
    }

    /** Starts the collective file's export; the page then shows its progress. */
    @PostMapping("/campaigns/{campaignId}/export")
    @PreAuthorize(SUPERVISOR)
    String export(@PathVariable String campaignId, Principal principal, RedirectAttributes redirect) {
        exports.start(campaigns.get(campaignId), staff.member(principal));
        redirect.addFlashAttribute("notice", refusals.message("campaigns.export.started"));
        return "redirect:/campaigns/" + Campaigns.existing(campaignId) + "#export";
    }

    /** Starts writing one letter per member; the page then shows its progress. */
    @PostMapping("/campaigns/{campaignId}/courriers")
    @PreAuthorize(SUPERVISOR)
    String letters(@PathVariable String campaignId, Principal principal, RedirectAttributes redirect) {
        letters.start(campaigns.get(campaignId), principal);
        redirect.addFlashAttribute("notice", refusals.message("campaigns.letters.started"));
        return "redirect:/campaigns/" + Campaigns.existing(campaignId) + "#letters";
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        return listPage(model, Map.of(), null);
    }

    @PostMapping("/campaigns")
    @PreAuthorize(SUPERVISOR)
    String open(
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var id = campaigns.open(
                    new CampaignRequests.Open(
                            form.required("title", "campaigns.title-field"),
                            form.required("companyId", "term.company"),
                            form.required("targetedEntity", "campaigns.targeted"),
                            form.choice("ground", "term.category", Category.class),
                            form.required("breach", "campaigns.breach"),
                            form.date("periodFrom", "campaigns.period-from"),
                            form.text("periodTo") == null ? null : form.date("periodTo", "campaigns.period-to"),
                            form.required("eligibility", "campaigns.eligibility"),
                            form.required("legalGrounds", "campaigns.legal-grounds")),
                    principal);
            redirect.addFlashAttribute("notice", refusals.message("campaigns.opened"));
            redirect.addFlashAttribute(RECORDED_VERSION, 0L);
            return "redirect:/campaigns/" + id;
        } catch (InvalidCaseData | CampaignStepRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, typed, refusals.describe(refused, openingFields()));
        }
    }

    @GetMapping("/campaigns/{campaignId}")
    String show(
            @PathVariable String campaignId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
            Principal principal,
            Model model) {
        model.addAttribute(PAGE, page);
        return campaignPage(campaignId, principal, model, Map.of(), null);
    }

    private static final String RECORDED_VERSION = "recordedVersion";
    private static final String PAGE = "memberPage";

    /** Adds the chosen suggested cases in one action. */
    @PostMapping("/campaigns/{campaignId}/membres")
    String add(
            @PathVariable String campaignId,
            @RequestParam(name = "caseId", required = false) List<String> caseIds,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var added = campaigns.add(campaignId, caseIds, principal);
            var joined = added.stream().filter(a -> a.refusal() == null).count();
            redirect.addFlashAttribute("notice", refusals.message("campaigns.members.added", joined));
            redirect.addFlashAttribute(
                    "refusals", added.stream().filter(a -> a.refusal() != null).toList());
            redirect.addFlashAttribute(
                    RECORDED_VERSION,
                    added.stream().mapToLong(Campaigns.Added::version).max().orElse(-1));
            return "redirect:/campaigns/" + Campaigns.existing(campaignId);
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return campaignPage(campaignId, principal, model, Map.of(), refusals.describe(refused));
        }
    }

    @PostMapping("/campaigns/{campaignId}/mise-en-demeure")
    @PreAuthorize(SUPERVISOR)
    String formalNotice(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var sentOn = form.date("sentOn", "campaigns.notice.sent-on");
            var method = form.choice("method", "campaigns.notice.method", SendingMethod.class);
            var tracking = form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber"));
            var version = campaigns.send(
                    campaignId, id -> new SendCollectiveFormalNotice(id, sentOn, method, tracking), principal);
            redirect.addFlashAttribute("notice", refusals.message("campaigns.notice.recorded"));
            redirect.addFlashAttribute(RECORDED_VERSION, version);
            return "redirect:/campaigns/" + Campaigns.existing(campaignId);
        } catch (InvalidCaseData | CampaignStepRefused refused) {
            response.setStatus(
                    refused instanceof CampaignStepRefused
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return campaignPage(campaignId, principal, model, typed, refusals.describe(refused, NOTICE));
        }
    }

    @PostMapping("/campaigns/{campaignId}/agrement")
    @PreAuthorize(SUPERVISOR)
    String standing(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return step(
                campaignId,
                principal,
                model,
                redirect,
                response,
                "standing",
                typed,
                STANDING,
                id -> new org.recours.kernel.campaign.RecordGroupActionStanding(
                        id,
                        new org.recours.kernel.campaign.GroupActionStanding(
                                form.required("approvalNumber", "campaigns.standing.number"),
                                form.date("approvedOn", "campaigns.standing.approved-on"))));
    }

    @PostMapping("/campaigns/{campaignId}/mediation")
    @PreAuthorize(SUPERVISOR)
    String mediation(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return step(
                campaignId,
                principal,
                model,
                redirect,
                response,
                "mediation",
                typed,
                MEDIATION,
                id -> new org.recours.kernel.campaign.RequestCollectiveMediation(
                        id,
                        form.required("mediator", "campaigns.mediation.mediator"),
                        form.date("requestedOn", "campaigns.mediation.requested-on"),
                        form.text("reference")));
    }

    @PostMapping("/campaigns/{campaignId}/action-de-groupe")
    @PreAuthorize(SUPERVISOR)
    String groupAction(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return step(
                campaignId,
                principal,
                model,
                redirect,
                response,
                "action",
                typed,
                GROUP_ACTION,
                id -> new org.recours.kernel.campaign.BringGroupAction(
                        id,
                        form.required("court", "campaigns.action.court"),
                        form.date("filedOn", "campaigns.action.filed-on"),
                        form.text("reference"),
                        form.required("summary", "campaigns.action.summary")));
    }

    @PostMapping("/campaigns/{campaignId}/jugement")
    @PreAuthorize(SUPERVISOR)
    String judgment(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return step(
                campaignId,
                principal,
                model,
                redirect,
                response,
                "judgment",
                typed,
                JUDGMENT,
                id -> new org.recours.kernel.campaign.RecordJudgment(
                        id,
                        form.date("deliveredOn", "campaigns.judgment.delivered-on"),
                        form.required("summary", "campaigns.judgment.summary"),
                        form.text("joiningWindowEndsOn") == null
                                ? null
                                : form.date("joiningWindowEndsOn", "campaigns.judgment.window-ends")));
    }

    @PostMapping("/campaigns/{campaignId}/cloture")
    @PreAuthorize(SUPERVISOR)
    String close(
            @PathVariable String campaignId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return step(
                campaignId,
                principal,
                model,
                redirect,
                response,
                "closure",
                typed,
                CLOSURE,
                id -> new org.recours.kernel.campaign.CloseCampaign(
                        id, form.required("reason", "campaigns.closure.reason")));
    }

    /** One step of the campaign from its page: recorded, or the page again with the refusal above its form. */
    private String step(
            String campaignId,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            String formName,
            Map<String, String> typed,
            List<FormField> fields,
            java.util.function.Function<org.recours.kernel.campaign.CampaignId, Object> command) {
        try {
            var version = campaigns.send(campaignId, command, principal);
            redirect.addFlashAttribute("notice", refusals.message("campaigns.step.recorded"));
            redirect.addFlashAttribute(RECORDED_VERSION, version);
            return "redirect:/campaigns/" + Campaigns.existing(campaignId);
        } catch (InvalidCaseData | CampaignStepRefused refused) {
            response.setStatus(
                    refused instanceof CampaignStepRefused
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("failedForm", formName);
            model.addAttribute("stepTyped", typed);
            model.addAttribute("stepError", refusals.describe(refused, fields));
            return campaignPage(campaignId, principal, model, Map.of(), null);
        }
    }

    private String listPage(Model model, Map<String, String> typed, String error) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("fields", openingFields());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "campaigns/list";
    }

    private String campaignPage(
            String campaignId, Principal principal, Model model, Map<String, String> typed, String error) {
        var recorded = model.getAttribute(RECORDED_VERSION);
        try {
            var page = model.getAttribute(PAGE);
            model.addAttribute(
                    "overview",
                    campaigns.overview(
                            campaignId,
                            principal,
                            recorded instanceof Long version ? version : -1,
                            page instanceof Integer at ? at : 1,
                            Campaigns.PAGE_SIZE));
        } catch (CampaignNotFound unknown) {
            throw new org.recours.portal.casefile.PageNotFound();
        }
        model.addAttribute("suggestions", campaigns.suggestions(campaignId, principal, 50));
        model.addAttribute(
                "export", exports.latest(Campaigns.existing(campaignId)).orElse(null));
        model.addAttribute(
                "letters",
                exports.latest(Campaigns.existing(campaignId), CampaignLetters.KIND)
                        .orElse(null));
        model.addAttribute("fields", NOTICE);
        model.addAttribute("noTyped", Map.of());
        model.addAttribute("standingFields", STANDING);
        model.addAttribute("mediationFields", MEDIATION);
        model.addAttribute("actionFields", GROUP_ACTION);
        model.addAttribute("judgmentFields", JUDGMENT);
        model.addAttribute("closureFields", CLOSURE);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "campaigns/show";
    }

    private List<FormField> openingFields() {
        var names = new LinkedHashMap<String, String>();
        companies.all().forEach(company -> names.put(company.companyId(), company.name()));
        return List.of(
                FormField.text("title", "campaigns.title-field", true),
                FormField.choice("companyId", "term.company", names),
                FormField.text("targetedEntity", "campaigns.targeted", true).withHint("campaigns.targeted.hint"),
                FormField.choice("ground", "term.category", Category.class, "category"),
                FormField.longText("breach", "campaigns.breach", true),
                FormField.date("periodFrom", "campaigns.period-from"),
                new FormField("periodTo", "campaigns.period-to", FormField.Kind.DATE, false, Map.of(), null),
                FormField.longText("eligibility", "campaigns.eligibility", true),
                FormField.longText("legalGrounds", "campaigns.legal-grounds", true));
    }
}
