package org.recours.portal.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.LeaveCampaign;
import org.recours.kernel.campaign.MemberFacts;
import org.recours.kernel.campaign.RecordMemberFacts;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.PageNotFound;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One member of a campaign, for the staff of its branch (and supervisors): its checklist, the consumer's consent to
 * join (given, withdrawn), and its departure with a reason.
 */
@Controller
class MemberPages {

    private static final List<FormField> FACTS = List.of(
            new FormField("subscribedOn", "campaigns.member.subscribed-on", FormField.Kind.DATE, false, Map.of(), null),
            FormField.text("plan", "campaigns.member.plan", false),
            FormField.text("monthsAffected", "campaigns.member.months", false).withHint("campaigns.member.months.hint"),
            FormField.amount("extraChargePaid", "campaigns.member.extra-charge").optional(),
            FormField.amount("amountClaimed", "campaigns.member.claimed").optional(),
            new FormField(
                    "evidencePresent", "campaigns.member.evidence", FormField.Kind.CHECKBOX, false, Map.of(), null));
    private static final List<FormField> CONSENT = List.of(
            FormField.date("givenOn", "campaigns.member.consent-on"),
            FormField.choice("channel", "campaigns.member.consent-channel", ContactChannel.class, "channel"));
    private static final List<FormField> DEPARTURE =
            List.of(FormField.longText("reason", "campaigns.member.leave-reason", true));

    private final Campaigns campaigns;
    private final Refusals refusals;

    MemberPages(Campaigns campaigns, Refusals refusals) {
        this.campaigns = campaigns;
        this.refusals = refusals;
    }

    @GetMapping("/campaigns/{campaignId}/membres/{caseId}")
    String show(@PathVariable String campaignId, @PathVariable String caseId, Principal principal, Model model) {
        return page(campaignId, caseId, principal, model, -1, null, Map.of(), null);
    }

    @PostMapping("/campaigns/{campaignId}/membres/{caseId}/faits")
    String facts(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return act(campaignId, caseId, principal, model, redirect, response, "facts", typed, FACTS, () -> {
            var months = form.text("monthsAffected") == null
                    ? null
                    : form.number("monthsAffected", "campaigns.member.months");
            var facts = new MemberFacts(
                    form.text("subscribedOn") == null
                            ? null
                            : form.date("subscribedOn", "campaigns.member.subscribed-on"),
                    form.text("plan"),
                    months,
                    money(form, "extraChargePaid", "campaigns.member.extra-charge"),
                    money(form, "amountClaimed", "campaigns.member.claimed"),
                    "on".equals(typed.get("evidencePresent")));
            return campaigns.send(
                    campaignId, id -> new RecordMemberFacts(id, CaseSteps.existingCaseId(caseId), facts), principal);
        });
    }

    @PostMapping("/campaigns/{campaignId}/membres/{caseId}/consentement")
    String consent(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        return act(
                campaignId,
                caseId,
                principal,
                model,
                redirect,
                response,
                "consent",
                typed,
                CONSENT,
                () -> campaigns.consent(
                        campaignId,
                        caseId,
                        form.date("givenOn", "campaigns.member.consent-on"),
                        form.choice("channel", "campaigns.member.consent-channel", ContactChannel.class),
                        principal));
    }

    @PostMapping("/campaigns/{campaignId}/membres/{caseId}/retrait")
    String withdraw(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                campaignId,
                caseId,
                principal,
                model,
                redirect,
                response,
                "withdrawal",
                Map.of(),
                List.of(),
                () -> campaigns.withdraw(campaignId, caseId, null, principal));
    }

    @PostMapping("/campaigns/{campaignId}/membres/{caseId}/depart")
    String leave(
            @PathVariable String campaignId,
            @PathVariable String caseId,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            campaigns.send(
                    campaignId,
                    id -> new LeaveCampaign(
                            id,
                            CaseSteps.existingCaseId(caseId),
                            form.required("reason", "campaigns.member.leave-reason")),
                    principal);
        } catch (InvalidCaseData | CampaignStepRefused refused) {
            response.setStatus(
                    refused instanceof CampaignStepRefused
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(
                    campaignId,
                    caseId,
                    principal,
                    model,
                    -1,
                    "departure",
                    typed,
                    refusals.describe(refused, DEPARTURE));
        } catch (CaseOutOfReach | CampaignNotFound unknown) {
            throw new PageNotFound();
        }
        redirect.addFlashAttribute("notice", refusals.message("campaigns.member.left", caseId));
        return "redirect:/campaigns/" + Campaigns.existing(campaignId);
    }

    private String act(
            String campaignId,
            String caseId,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            String formName,
            Map<String, String> typed,
            List<FormField> fields,
            java.util.function.LongSupplier action) {
        long version;
        try {
            version = action.getAsLong();
        } catch (InvalidCaseData | CampaignStepRefused refused) {
            response.setStatus(
                    refused instanceof CampaignStepRefused
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(campaignId, caseId, principal, model, -1, formName, typed, refusals.describe(refused, fields));
        } catch (CaseOutOfReach | CampaignNotFound unknown) {
            throw new PageNotFound();
        }
        redirect.addFlashAttribute("notice", refusals.message("campaigns.member.saved"));
        redirect.addFlashAttribute("recordedVersion", version);
        return "redirect:/campaigns/" + Campaigns.existing(campaignId) + "/membres/" + CaseSteps.existingCaseId(caseId);
    }

    private String page(
            String campaignId,
            String caseId,
            Principal principal,
            Model model,
            long version,
            String failedForm,
            Map<String, String> typed,
            String error) {
        var recorded = model.getAttribute("recordedVersion");
        var atLeast = recorded instanceof Long at ? at : version;
        Campaigns.MemberView member;
        org.recours.kernel.campaign.query.CampaignFile campaign;
        try {
            member = campaigns
                    .member(campaignId, caseId, principal, atLeast)
                    .filter(Campaigns.MemberView::reachable)
                    .orElseThrow(PageNotFound::new);
            campaign = campaigns.file(campaignId, atLeast);
        } catch (CampaignNotFound unknown) {
            throw new PageNotFound();
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("view", member);
        model.addAttribute("factsFields", FACTS);
        model.addAttribute("consentFields", CONSENT);
        model.addAttribute("departureFields", DEPARTURE);
        model.addAttribute(
                "factsTyped",
                "facts".equals(failedForm) ? typed : typed(member.member().facts()));
        model.addAttribute("consentTyped", "consent".equals(failedForm) ? typed : Map.of());
        model.addAttribute("departureTyped", "departure".equals(failedForm) ? typed : Map.of());
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("formError", error);
        return "campaigns/member";
    }

    private static Map<String, String> typed(MemberFacts facts) {
        var typed = new HashMap<String, String>();
        typed.put(
                "subscribedOn",
                facts.subscribedOn() == null ? null : facts.subscribedOn().toString());
        typed.put("plan", facts.plan());
        typed.put(
                "monthsAffected",
                facts.monthsAffected() == null ? null : facts.monthsAffected().toString());
        typed.put(
                "extraChargePaid",
                facts.extraChargePaid() == null
                        ? null
                        : facts.extraChargePaid().euros().toPlainString());
        typed.put(
                "amountClaimed",
                facts.amountClaimed() == null
                        ? null
                        : facts.amountClaimed().euros().toPlainString());
        typed.put("evidencePresent", facts.evidencePresent() ? "on" : null);
        return typed;
    }

    private static Money money(FormValues form, String name, String label) {
        return form.text(name) == null ? null : new Money(form.amount(name, label));
    }
}
