package org.recours.portal.branch;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.FindCases;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The association's branches. Accounts must belong to an existing branch (a foreign key says so too); new accounts
 * only join an active one, and new cases are only filed into an active one (a foreign key keeps their branch). A branch that accounts or cases still name can be deactivated, not deleted.
 */
@Service
public class Branches {

    private final JdbcTemplate jdbc;
    private final QueryGateway queries;

    Branches(JdbcTemplate jdbc, QueryGateway queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public List<Branch> all() {
        return jdbc.query(
                "SELECT code, name, address, city, active FROM branch ORDER BY active DESC, name",
                (row, n) -> new Branch(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5)));
    }

    /** The branches new accounts may join. */
    public List<Branch> active() {
        return all().stream().filter(Branch::active).toList();
    }

    public List<Branch.InUse> inUse() {
        return all().stream().map(this::use).toList();
    }

    public Optional<Branch> find(String code) {
        return all().stream().filter(branch -> branch.code().equals(code)).findFirst();
    }

    public Branch get(String code) {
        return find(code).orElseThrow(() -> new BranchNotFound(code));
    }

    public Branch.InUse use(Branch branch) {
        var accounts =
                jdbc.queryForObject("SELECT count(*) FROM staff_member WHERE branch = ?", Integer.class, branch.code());
        var listed = queries.query(
                        new FindCases(branch.code(), null, null, null, null, null, null, 0, 1), CasePage.class)
                .join()
                .total();
        // the filings' own record counts a case the case list has not caught up with yet
        var filed = jdbc.queryForObject("SELECT count(*) FROM case_branch WHERE branch = ?", Long.class, branch.code());
        return new Branch.InUse(branch, accounts, Math.max(listed, filed));
    }

    public void create(Branch branch) {
        try {
            jdbc.update(
                    "INSERT INTO branch (code, name, address, city, active) VALUES (?, ?, ?, ?, ?)",
                    branch.code(),
                    branch.name(),
                    branch.address(),
                    branch.city(),
                    branch.active());
        } catch (DuplicateKeyException e) {
            throw new BranchCodeTaken(RefusalText.of(
                    "check.branch-code-taken", branch.code(), get(branch.code()).name()));
        }
    }

    /** Renames, moves, deactivates or reactivates a branch; its code never changes. */
    public void update(Branch branch) {
        if (jdbc.update(
                        "UPDATE branch SET name = ?, address = ?, city = ?, active = ? WHERE code = ?",
                        branch.name(),
                        branch.address(),
                        branch.city(),
                        branch.active(),
                        branch.code())
                == 0) {
            throw new BranchNotFound(branch.code());
        }
    }

    public void delete(String code) {
        var use = use(get(code));
        if (!use.deletable()) {
            throw inUse(use);
        }
        try {
            jdbc.update("DELETE FROM branch WHERE code = ?", code);
        } catch (DataIntegrityViolationException accountAddedMeanwhile) {
            throw inUse(use(get(code)));
        }
    }

    /**
     * A new case is filed into an existing, active branch: recorded in {@code case_branch}, whose foreign key then
     * refuses the branch's deletion (and a deletion that came first makes this insert fail). Called before the
     * filing is sent; {@link #forgetCase} takes it back if the filing is refused.
     */
    public void admitCase(CaseId caseId, BranchId code) {
        int admitted;
        try {
            admitted = jdbc.update(
                    "INSERT INTO case_branch (case_id, branch) SELECT ?, code FROM branch "
                            + "WHERE code = ? AND active",
                    caseId.value(),
                    code.value());
        } catch (DataIntegrityViolationException deletedMeanwhile) {
            admitted = 0;
        }
        if (admitted == 0) {
            throw new BranchUnavailable(find(code.value())
                    .map(branch -> RefusalText.of("check.branch-closed-to-cases", branch.name()))
                    .orElse(RefusalText.of("check.branch-unknown-to-cases", code)));
        }
    }

    /** The branch a case was filed into, as the filing recorded it (no lag behind the case list). */
    public Optional<String> branchOf(CaseId caseId) {
        return jdbc
                .query("SELECT branch FROM case_branch WHERE case_id = ?", (row, n) -> row.getString(1), caseId.value())
                .stream()
                .findFirst();
    }

    /** A filing that was refused after {@link #admitCase}: the case does not exist. */
    public void forgetCase(CaseId caseId) {
        jdbc.update("DELETE FROM case_branch WHERE case_id = ?", caseId.value());
    }

    /** The branch an account is put in: it must exist, and be active unless the account is already there. */
    public void requireOpenTo(BranchId code, String currentBranch) {
        var branch = find(code.value())
                .orElseThrow(() -> new BranchUnavailable(RefusalText.of("check.branch-unknown-to-accounts", code)));
        if (!branch.active() && !branch.code().equals(currentBranch)) {
            throw new BranchUnavailable(RefusalText.of("check.branch-closed-to-accounts", branch.name()));
        }
    }

    /** Creates the branch under its code as name when it does not exist yet (the first administrator's). */
    public void ensure(BranchId code) {
        if (find(code.value()).isEmpty()) {
            create(new Branch(code.value(), code.value(), null, null, true));
        }
    }

    private static BranchInUse inUse(Branch.InUse use) {
        var accounts = use.accounts();
        var cases = use.cases();
        return new BranchInUse(RefusalText.of(
                "check.branch-in-use",
                use.branch().name(),
                RefusalText.of(accounts > 1 ? "check.branch-accounts" : "check.branch-account", accounts),
                RefusalText.of(cases > 1 ? "check.branch-cases" : "check.branch-case", cases)));
    }

    static String code(String value) {
        try {
            return new BranchId(value).value();
        } catch (InvalidCaseData e) {
            throw new BranchNotFound(value);
        }
    }
}
