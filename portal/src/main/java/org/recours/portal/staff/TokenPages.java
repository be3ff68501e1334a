package org.recours.portal.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recours.kernel.casefile.InvalidCaseData;
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

/** The administrators' page of API tokens: issue one (shown once), list them, revoke one. */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final CurrentStaff staff;
    private final Refusals refusals;

    TokenPages(ApiTokens tokens, StaffAccounts accounts, CurrentStaff staff, Refusals refusals) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.staff = staff;
        this.refusals = refusals;
    }

    @GetMapping("/admin/jetons")
    String list(Model model) {
        return page(model, Map.of(), null);
    }

    @PostMapping("/admin/jetons")
    String issue(
            @RequestParam Map<String, String> typed,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var name = form.required("name", "tokens.name");
            var token = tokens.issue(name, form.required("staffLogin", "tokens.staffLogin"), staff.member(principal));
            redirect.addFlashAttribute("notice", refusals.message("tokens.created", name));
            redirect.addFlashAttribute("issuedToken", token);
            return "redirect:/admin/jetons";
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, typed, refusals.describe(refused, fields()));
        }
    }

    @PostMapping("/admin/jetons/{tokenId}/revocation")
    String revoke(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice", refusals.message(tokens.revoke(tokenId) ? "tokens.revoked" : "tokens.already-revoked"));
        return "redirect:/admin/jetons";
    }

    private String page(Model model, Map<String, String> typed, String error) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("fields", fields());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/tokens";
    }

    private List<FormField> fields() {
        var accountOptions = new LinkedHashMap<String, String>();
        accounts.all().stream()
                .filter(StaffAccounts.Account::enabled)
                .forEach(account ->
                        accountOptions.put(account.login(), account.fullName() + " (" + account.login() + ")"));
        return List.of(
                FormField.text("name", "tokens.name", true).withHint("tokens.name.hint"),
                FormField.choice("staffLogin", "tokens.staffLogin", accountOptions)
                        .withHint("tokens.staffLogin.hint"));
    }
}
