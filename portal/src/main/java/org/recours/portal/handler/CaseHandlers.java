package org.recours.portal.handler;

import java.security.Principal;
import java.util.List;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.ReassignCase;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.staff.StaffAccounts;
import org.springframework.stereotype.Service;

/**
 * Who may handle a case, and handing it on: to an enabled account that reaches the case's branch (its branch's staff,
 * or any supervisor or administrator). The case itself decides who may hand it on (its handler or a supervisor).
 */
@Service
public class CaseHandlers {

    private final CaseAccess access;
    private final CaseSteps steps;
    private final StaffAccounts accounts;

    CaseHandlers(CaseAccess access, CaseSteps steps, StaffAccounts accounts) {
        this.access = access;
        this.steps = steps;
        this.accounts = accounts;
    }

    /** The accounts the case may be handed to, by name. */
    public List<StaffAccounts.Account> candidates(CaseFile file) {
        return candidates(file.branch());
    }

    /** The accounts a case of {@code branch} may be handed to. */
    public List<StaffAccounts.Account> candidates(BranchId branch) {
        return accounts.all().stream()
                .filter(StaffAccounts.Account::enabled)
                .filter(account ->
                        account.role() != StaffRole.STAFF || account.branch().equals(branch.value()))
                .toList();
    }

    /** Answers the case's new version. */
    public long reassign(String caseId, Long expectedVersion, String login, Principal principal) {
        var file = access.visible(caseId, principal);
        if (login == null || login.isBlank()) {
            throw new InvalidCaseData("handler", RefusalText.of("check.handler"));
        }
        var target = candidates(file).stream()
                .filter(account -> account.login().equals(login.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidCaseData(
                        "handler",
                        RefusalText.of(
                                "check.handler-candidate",
                                login.strip(),
                                file.branch().value())));
        return steps.send(
                new ReassignCase(file.caseId(), expectedVersion, new StaffMemberId(target.login())), principal);
    }
}
