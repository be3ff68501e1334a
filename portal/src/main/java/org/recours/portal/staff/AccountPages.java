package org.recours.portal.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.branch.BranchUnavailable;
import org.recours.portal.branch.Branches;
import org.recours.portal.casefile.PageNotFound;
import org.recours.portal.handler.SupervisorsQueue;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.recours.portal.web.UnreadableEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of staff accounts: the list with a creation form, and one page per account to change
 * its role or branch, disable it, or give it a new one-time password (shown once, to be handed over).
 */
@Controller
class AccountPages {

    private static final String ROLE = "accounts.role";
    private static final String BRANCH = "accounts.branch";

    private final StaffAccounts accounts;
    private final Branches branches;
    private final CurrentStaff staff;
    private final Refusals refusals;
    private final SupervisorsQueue queue;

    AccountPages(
            StaffAccounts accounts, Branches branches, CurrentStaff staff, Refusals refusals, SupervisorsQueue queue) {
        this.queue = queue;
        this.accounts = accounts;
        this.branches = branches;
        this.staff = staff;
        this.refusals = refusals;
    }

    @GetMapping("/admin/comptes")
    String list(Model model) {
        return listPage(model, Map.of(), null);
    }

    @PostMapping("/admin/comptes")
    String create(
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var login = form.required("login", "accounts.login");
            if (accounts.account(login).isPresent()) {
                throw UnreadableEntry.of("login", "accounts.exists", login);
            }
            var member = StaffAccounts.member(
                    login,
                    form.required("fullName", "accounts.fullName"),
                    form.required("email", "accounts.email"),
                    form.required("branch", BRANCH));
            var role = form.choice("role", ROLE, StaffRole.class);
            var password = accounts.generatePassword();
            accounts.save(member, role, password, staff.member(principal));
            redirect.addFlashAttribute("notice", refusals.message("accounts.created", login));
            redirect.addFlashAttribute("oneTimePassword", password);
            return "redirect:/admin/comptes/" + login;
        } catch (InvalidCaseData | BranchUnavailable refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, typed, refusals.describe(refused, creationFields()));
        }
    }

    @GetMapping("/admin/comptes/{login}")
    String show(@PathVariable String login, Model model) {
        var account = account(login);
        return accountPage(model, account, typed(account), null);
    }

    @PostMapping("/admin/comptes/{login}")
    String change(
            @PathVariable String login,
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var account = account(login);
        var form = new FormValues(typed);
        try {
            accounts.change(
                    login,
                    form.choice("role", ROLE, StaffRole.class),
                    form.required("branch", BRANCH),
                    staff.member(principal));
        } catch (InvalidCaseData | BranchUnavailable refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return accountPage(
                    model,
                    account,
                    typed,
                    refusals.describe(refused, List.of(roleField(), branchField(account.branch()))));
        }
        redirect.addFlashAttribute("notice", refusals.message("account.saved"));
        return "redirect:/admin/comptes/" + login;
    }

    @PostMapping("/admin/comptes/{login}/activation")
    String enable(
            @PathVariable String login,
            @RequestParam boolean enabled,
            @RequestParam(required = false) String confirmed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var account = account(login);
        try {
            if (!enabled && !"on".equals(confirmed)) {
                throw UnreadableEntry.of("confirmed", "account.disable.unconfirmed", login);
            }
            accounts.enable(login, enabled, staff.member(principal));
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return accountPage(model, account, typed(account), refusals.describe(refused));
        }
        // its open cases go to their branches' supervisors' queues, each with the reason in its history (ADR 20)
        var queued = enabled ? 0 : queue.handOverOpenCasesOf(login, principal);
        redirect.addFlashAttribute(
                "notice",
                enabled
                        ? refusals.message("account.enabled")
                        : refusals.message("account.disabled") + " "
                                + refusals.message("account.disabled.queued", queued));
        return "redirect:/admin/comptes/" + login;
    }

    @PostMapping("/admin/comptes/{login}/mot-de-passe")
    String resetPassword(@PathVariable String login, RedirectAttributes redirect) {
        account(login);
        redirect.addFlashAttribute("notice", refusals.message("account.password-reset", login));
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(login));
        return "redirect:/admin/comptes/" + login;
    }

    private StaffAccounts.Account account(String login) {
        return accounts.account(login).orElseThrow(PageNotFound::new);
    }

    private String listPage(Model model, Map<String, String> typed, String error) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("fields", creationFields());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/accounts";
    }

    private String accountPage(Model model, StaffAccounts.Account account, Map<String, String> typed, String error) {
        model.addAttribute("account", account);
        model.addAttribute("fields", List.of(roleField(), branchField(account.branch())));
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/account";
    }

    private static Map<String, String> typed(StaffAccounts.Account account) {
        return Map.of("role", account.role().name(), "branch", account.branch());
    }

    private List<FormField> creationFields() {
        return List.of(
                FormField.text("login", "accounts.login", true).withHint("accounts.login.hint"),
                FormField.text("fullName", "accounts.fullName", true),
                new FormField("email", "accounts.email", FormField.Kind.EMAIL, true, Map.of(), "accounts.email.hint"),
                roleField(),
                branchField(null));
    }

    private static FormField roleField() {
        return FormField.choice("role", ROLE, StaffRole.class, "role");
    }

    /** The active branches, and the account's own even once deactivated (it may stay there). */
    private FormField branchField(String current) {
        var options = new LinkedHashMap<String, String>();
        for (var branch : branches.all()) {
            if (branch.active() || branch.code().equals(current)) {
                options.put(
                        branch.code(),
                        branch.active()
                                ? branch.name() + " (" + branch.code() + ")"
                                : refusals.message("accounts.branch.inactive", branch.name(), branch.code()));
            }
        }
        return FormField.choice("branch", BRANCH, options);
    }
}
