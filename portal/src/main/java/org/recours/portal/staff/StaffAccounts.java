package org.recours.portal.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.staff.StaffMember;
import org.recours.kernel.staff.StaffDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff accounts on top of the staff directory: role, password hash, and the lock that repeated failed sign-ins
 * put on an account (5 failures lock it 1 minute, each further failure doubles that, up to an hour).
 */
@Service
public class StaffAccounts implements UserDetailsService {

    static final int FAILURES_BEFORE_LOCK = 5;
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(JdbcTemplate jdbc, StaffDirectory directory, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates or updates the member and sets their role and password. */
    public void save(StaffMember member, StaffRole role, String password) {
        if (password == null || password.length() < 12) {
            throw new InvalidCaseData("password", "Un mot de passe compte au moins 12 caractères.");
        }
        directory.save(member);
        jdbc.update("UPDATE staff_member SET role = ?, password_hash = ?, enabled = TRUE, failed_sign_ins = 0, "
                + "locked_until = NULL WHERE login = ?", role.name(), passwords.encode(password), member.login().value());
    }

    public String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public boolean anyAdministrator() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM staff_member WHERE role = 'ADMINISTRATOR'", Boolean.class));
    }

    public Optional<StaffPrincipal> find(String login) {
        return jdbc.query("""
                SELECT login, full_name, branch, role, password_hash, enabled, locked_until
                  FROM staff_member WHERE login = ?""",
                (row, n) -> new StaffPrincipal(row.getString("login"), row.getString("full_name"),
                        row.getString("branch"), StaffRole.valueOf(row.getString("role")),
                        row.getString("password_hash"), row.getBoolean("enabled"),
                        row.getTimestamp("locked_until") == null ? null : row.getTimestamp("locked_until").toInstant()),
                login).stream().findFirst();
    }

    @Override
    public StaffPrincipal loadUserByUsername(String login) {
        return find(login).filter(account -> account.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + login));
    }

    public void recordFailedSignIn(String login) {
        jdbc.update("UPDATE staff_member SET failed_sign_ins = failed_sign_ins + 1 WHERE login = ?", login);
        var failures = jdbc.query("SELECT failed_sign_ins FROM staff_member WHERE login = ?",
                (row, n) -> row.getInt(1), login).stream().findFirst().orElse(0);
        if (failures >= FAILURES_BEFORE_LOCK) {
            var lock = Duration.ofMinutes(1L << Math.min(failures - FAILURES_BEFORE_LOCK, 6));
            var until = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            jdbc.update("UPDATE staff_member SET locked_until = ? WHERE login = ?", Timestamp.from(until), login);
        }
    }

    public void recordSignIn(String login) {
        jdbc.update("UPDATE staff_member SET failed_sign_ins = 0, locked_until = NULL WHERE login = ?", login);
    }

    public static StaffMember member(String login, String fullName, String email, String branch) {
        return new StaffMember(new StaffMemberId(login), fullName, email, new BranchId(branch));
    }
}
