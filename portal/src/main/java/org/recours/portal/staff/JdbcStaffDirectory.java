package org.recours.portal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.staff.StaffDirectory;
import org.recours.kernel.staff.StaffMember;
import org.recours.portal.branch.Branches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaffDirectory implements StaffDirectory {

    private final JdbcTemplate jdbc;
    private final Branches branches;

    JdbcStaffDirectory(JdbcTemplate jdbc, Branches branches) {
        this.jdbc = jdbc;
        this.branches = branches;
    }

    /**
     * A new login is lowercase letters, digits, dots, dashes and underscores, starting with a letter or digit: never
     * a formula for a spreadsheet (=, +, -, @), never a space or a control character. Logins made before this rule
     * keep working.
     */
    static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /**
     * Adds or updates the member; a member joins only an existing, active branch (or stays in their own). Neither
     * login nor name may be {@code system}, the actor the audit trail names for the application's own steps.
     */
    @Override
    public void save(StaffMember member) {
        var known = find(member.login());
        var login = member.login().value();
        if (known.isEmpty() && !LOGIN.matcher(login).matches()) {
            throw new InvalidCaseData(
                    "login", RefusalText.of("check.login", login.length() > 40 ? login.substring(0, 40) + "…" : login));
        }
        if (StaffMemberId.SYSTEM.value().equalsIgnoreCase(login)
                || StaffMemberId.SYSTEM
                        .value()
                        .equalsIgnoreCase(member.fullName().strip())) {
            throw new InvalidCaseData(
                    StaffMemberId.SYSTEM.value().equalsIgnoreCase(login) ? "login" : "fullName",
                    RefusalText.of("check.reserved-system"));
        }
        if (StaffMemberId.CONSUMER.value().equalsIgnoreCase(login)
                || StaffMemberId.CONSUMER
                        .value()
                        .equalsIgnoreCase(member.fullName().strip())) {
            throw new InvalidCaseData(
                    StaffMemberId.CONSUMER.value().equalsIgnoreCase(login) ? "login" : "fullName",
                    RefusalText.of("check.reserved-consumer"));
        }
        branches.requireOpenTo(
                member.branch(), known.map(account -> account.branch().value()).orElse(null));
        int updated = jdbc.update(
                "UPDATE staff_member SET full_name = ?, email = ?, branch = ? WHERE login = ?",
                member.fullName(),
                member.email(),
                member.branch().value(),
                member.login().value());
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO staff_member (login, full_name, email, branch) VALUES (?, ?, ?, ?)",
                    member.login().value(),
                    member.fullName(),
                    member.email(),
                    member.branch().value());
        }
    }

    @Override
    public Optional<StaffMember> find(StaffMemberId login) {
        return jdbc
                .query(
                        "SELECT login, full_name, email, branch FROM staff_member WHERE login = ?",
                        JdbcStaffDirectory::member,
                        login.value())
                .stream()
                .findFirst();
    }

    @Override
    public List<StaffMember> all() {
        return jdbc.query(
                "SELECT login, full_name, email, branch FROM staff_member ORDER BY login", JdbcStaffDirectory::member);
    }

    private static StaffMember member(ResultSet row, int n) throws SQLException {
        return new StaffMember(
                new StaffMemberId(row.getString(1)),
                row.getString(2),
                row.getString(3),
                new BranchId(row.getString(4)));
    }
}
