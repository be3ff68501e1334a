package org.recours.portal.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.staff.CurrentStaff;
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
 * "Suivi par le consommateur" ({@code /cases/{id}/suivi-consommateur}): staff who reach the case write what the
 * association asks of the consumer (their follow-up page shows it), revoke the consumer's link, or send them a new
 * one (the old one stops working).
 */
@Controller
class FollowUpStaffPage {

    private final CaseAccess access;
    private final FollowUpLinks links;
    private final IntakeMails mails;
    private final PersonalDataVault vault;
    private final CurrentStaff staff;
    private final Refusals refusals;

    FollowUpStaffPage(
            CaseAccess access,
            FollowUpLinks links,
            IntakeMails mails,
            PersonalDataVault vault,
            CurrentStaff staff,
            Refusals refusals) {
        this.access = access;
        this.links = links;
        this.mails = mails;
        this.vault = vault;
        this.staff = staff;
        this.refusals = refusals;
    }

    @GetMapping("/cases/{caseId}/suivi-consommateur")
    String page(@PathVariable String caseId, Principal principal, Model model) {
        var file = access.visible(caseId, principal);
        model.addAttribute("file", file);
        model.addAttribute("link", links.inForce(file.caseId()).orElse(null));
        model.addAttribute("request", links.request(file.caseId()).orElse(null));
        model.addAttribute(
                "email", vault.find(file.consumer()).map(c -> c.email()).orElse(null));
        return "intake/follow-up-staff";
    }

    @PostMapping("/cases/{caseId}/suivi-consommateur/demande")
    String ask(
            @PathVariable String caseId,
            @RequestParam(required = false) String text,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var file = access.visible(caseId, principal);
        try {
            links.ask(
                    file.caseId(),
                    Require.optionalText("text", text, FollowUpLinks.REQUEST_LENGTH),
                    staff.member(principal));
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", refusals.describe(refused));
            return page(caseId, principal, model);
        }
        redirect.addFlashAttribute("notice", refusals.message("followup.staff.request.saved"));
        return "redirect:/cases/" + file.caseId().value() + "/suivi-consommateur";
    }

    @PostMapping("/cases/{caseId}/suivi-consommateur/revocation")
    String revoke(@PathVariable String caseId, Principal principal, RedirectAttributes redirect) {
        var file = access.visible(caseId, principal);
        links.revoke(file.caseId(), staff.member(principal));
        redirect.addFlashAttribute("notice", refusals.message("followup.staff.revoked"));
        return "redirect:/cases/" + file.caseId().value() + "/suivi-consommateur";
    }

    @PostMapping("/cases/{caseId}/suivi-consommateur/nouveau-lien")
    String reissue(@PathVariable String caseId, Principal principal, RedirectAttributes redirect) {
        var file = access.visible(caseId, principal);
        var email = vault.find(file.consumer()).map(c -> c.email()).orElse(null);
        if (email == null) {
            redirect.addFlashAttribute("notice", refusals.message("followup.staff.no-email"));
        } else {
            var token = links.issue(file.caseId(), staff.member(principal));
            mails.followUpLink(file.caseId(), email, "fr", token, Tokens.hash(token));
            redirect.addFlashAttribute("notice", refusals.message("followup.staff.issued"));
        }
        return "redirect:/cases/" + file.caseId().value() + "/suivi-consommateur";
    }
}
