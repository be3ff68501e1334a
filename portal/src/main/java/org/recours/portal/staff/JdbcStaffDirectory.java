package org.recours.portal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.BranchId;
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

    /** Adds or updates the member; a member joins only an existing, active branch (or stays in their own). */
    @Override
    public void save(StaffMember member) {
        branches.requireOpenTo(member.branch(), find(member.login()).map(known -> known.branch().value())
                .orElse(null));
        int updated = jdbc.update("UPDATE staff_member SET full_name = ?, email = ?, branch = ? WHERE login = ?",
                member.fullName(), member.email(), member.branch().value(), member.login().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO staff_member (login, full_name, email, branch) VALUES (?, ?, ?, ?)",
                    member.login().value(), member.fullName(), member.email(), member.branch().value());
        }
    }

    @Override
    public Optional<StaffMember> find(StaffMemberId login) {
        return jdbc.query("SELECT login, full_name, email, branch FROM staff_member WHERE login = ?",
                JdbcStaffDirectory::member, login.value()).stream().findFirst();
    }

    @Override
    public List<StaffMember> all() {
        return jdbc.query("SELECT login, full_name, email, branch FROM staff_member ORDER BY login",
                JdbcStaffDirectory::member);
    }

    private static StaffMember member(ResultSet row, int n) throws SQLException {
        return new StaffMember(new StaffMemberId(row.getString(1)), row.getString(2), row.getString(3),
                new BranchId(row.getString(4)));
    }
}
