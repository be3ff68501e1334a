package org.recours.portal.staff;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage staff accounts and the API tokens of the association's programs (ADMINISTRATOR only). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    record NewAccount(String login, String fullName, String email, String branch, StaffRole role, String password) {}

    record AccountCreated(String login, StaffRole role, String branch, String oneTimePassword) {}

    record NewToken(String name, String staffLogin) {}

    record TokenIssued(String name, String staffLogin, String token) {}

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final CurrentStaff staff;

    AdminController(StaffAccounts accounts, ApiTokens tokens, CurrentStaff staff) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.staff = staff;
    }

    /**
     * Creates or updates an account in an existing, active branch (422 otherwise); without a password, one is
     * generated and answered this once. Either way it is a one-time password, changed at the first sign-in. The
     * page's rules hold: an administrator keeps their own role, a disabled account stays disabled.
     */
    @Operation(summary = "Create a staff account")
    @PostMapping("/staff")
    ResponseEntity<AccountCreated> save(@RequestBody NewAccount body, Principal principal) {
        if (body.role() == null) {
            throw new InvalidCaseData("role", RefusalText.of("check.role"));
        }
        var password =
                body.password() == null || body.password().isBlank() ? accounts.generatePassword() : body.password();
        accounts.save(
                StaffAccounts.member(body.login(), body.fullName(), body.email(), body.branch()),
                body.role(),
                password,
                staff.member(principal));
        return ResponseEntity.created(org.springframework.web.util.UriComponentsBuilder.fromPath("/api/staff/{login}")
                        .buildAndExpand(body.login())
                        .encode()
                        .toUri())
                .body(new AccountCreated(
                        body.login(),
                        body.role(),
                        body.branch(),
                        body.password() == null || body.password().isBlank() ? password : null));
    }

    @Operation(summary = "Issue an API token")
    @PostMapping("/api-tokens")
    ResponseEntity<TokenIssued> issue(@RequestBody NewToken body, Principal principal) {
        var token = tokens.issue(body.name(), body.staffLogin(), staff.member(principal));
        return ResponseEntity.status(201).body(new TokenIssued(body.name(), body.staffLogin(), token));
    }

    @Operation(summary = "List the API tokens")
    @GetMapping("/api-tokens")
    List<ApiTokens.Issued> tokens() {
        return tokens.all();
    }

    @Operation(summary = "Revoke an API token")
    @DeleteMapping("/api-tokens/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable UUID tokenId) {
        return tokens.revoke(tokenId)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
