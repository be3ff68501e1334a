package org.recours.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.portal.staff.CurrentStaff;
import org.recours.portal.staff.StaffAccounts;
import org.recours.portal.web.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Changer votre mot de passe": required at the first sign-in with a one-time password, open to everyone after. */
@Controller
class PasswordPage {

    private final StaffAccounts accounts;
    private final CurrentStaff staff;
    private final Refusals refusals;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordPage(StaffAccounts accounts, CurrentStaff staff, Refusals refusals) {
        this.accounts = accounts;
        this.staff = staff;
        this.refusals = refusals;
    }

    @GetMapping(SignedInAccountFilter.CHANGE_PASSWORD)
    String form(Principal principal, Model model) {
        return page(principal, model, null);
    }

    /** Passwords are never sent back into the form: a refused change asks for them again. */
    @PostMapping(SignedInAccountFilter.CHANGE_PASSWORD)
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmation,
            Principal principal,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var login = staff.member(principal);
        try {
            accounts.changeOwnPassword(login, currentPassword, newPassword, confirmation);
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(principal, model, refusals.describe(refused));
        }
        keepThisSession(login, request, response);
        return "redirect:/cases";
    }

    /**
     * The session that changed the password goes on with the new one; every other session of the account still
     * holds the old one and is signed out at its next request ({@link SignedInAccountFilter}).
     */
    private void keepThisSession(String login, HttpServletRequest request, HttpServletResponse response) {
        accounts.find(login).ifPresent(current -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        });
    }

    private String page(Principal principal, Model model, String error) {
        model.addAttribute("forced", staff.of(principal).mustChangePassword());
        model.addAttribute("shortest", StaffAccounts.SHORTEST_PASSWORD);
        model.addAttribute("error", error);
        return "password";
    }
}
