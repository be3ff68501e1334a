package org.recours.portal.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.casefile.PageNotFound;
import org.recours.portal.company.CompanyDirectory;
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
 * "Réclamations en ligne" ({@code /intake}): the confirmed submissions waiting in one's branch (every branch for
 * supervisors and administrators), one page per submission with what the consumer wrote and answered, and the
 * accept and decline buttons.
 */
@Controller
class IntakeQueuePages {

    private final Submissions submissions;
    private final IntakeDecisions decisions;
    private final CompanyDirectory companies;
    private final CurrentStaff staff;
    private final Refusals refusals;

    IntakeQueuePages(
            Submissions submissions,
            IntakeDecisions decisions,
            CompanyDirectory companies,
            CurrentStaff staff,
            Refusals refusals) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.companies = companies;
        this.staff = staff;
        this.refusals = refusals;
    }

    @GetMapping("/intake")
    String queue(Principal principal, Model model) {
        var member = staff.of(principal);
        model.addAttribute("submissions", submissions.queue(member.role() == StaffRole.STAFF ? member.branch() : null));
        model.addAttribute("companies", companyNames());
        return "intake/queue";
    }

    @GetMapping("/intake/{id}")
    String submission(@PathVariable String id, Principal principal, Model model) {
        return page(id, principal, model, null, null);
    }

    @PostMapping("/intake/{id}/acceptation")
    String accept(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        try {
            var accepted = decisions.accept(id, principal);
            redirect.addFlashAttribute(
                    "notice",
                    refusals.message("intake.accepted", accepted.caseId().value()));
            redirect.addFlashAttribute("recordedVersion", accepted.version());
            return "redirect:/cases/" + accepted.caseId().value();
        } catch (IntakeDecisions.SubmissionNotFound unknown) {
            throw new PageNotFound();
        } catch (IntakeDecisions.SubmissionAlreadyDecided decided) {
            redirect.addFlashAttribute("notice", refusals.message("intake.already-decided", id));
            return "redirect:/intake";
        }
    }

    @PostMapping("/intake/{id}/refus")
    String decline(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            decisions.decline(id, reason, principal);
            redirect.addFlashAttribute("notice", refusals.message("intake.declined", id));
            return "redirect:/intake";
        } catch (IntakeDecisions.SubmissionNotFound unknown) {
            throw new PageNotFound();
        } catch (IntakeDecisions.SubmissionAlreadyDecided decided) {
            redirect.addFlashAttribute("notice", refusals.message("intake.already-decided", id));
            return "redirect:/intake";
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, principal, model, refusals.describe(refused), reason);
        }
    }

    private String page(String id, Principal principal, Model model, String error, String reason) {
        try {
            var submission = decisions.waiting(id, principal);
            model.addAttribute("submission", submission);
            model.addAttribute("company", companies.find(submission.companyId()).orElse(null));
            model.addAttribute("documents", submissions.documentNames(submission.id()));
            model.addAttribute("error", error);
            model.addAttribute("reason", reason);
            return "intake/submission";
        } catch (IntakeDecisions.SubmissionNotFound | IntakeDecisions.SubmissionAlreadyDecided gone) {
            throw new PageNotFound();
        }
    }

    private java.util.Map<String, String> companyNames() {
        var names = new java.util.HashMap<String, String>();
        companies.all().forEach(company -> names.put(company.companyId(), company.name()));
        return names;
    }
}
