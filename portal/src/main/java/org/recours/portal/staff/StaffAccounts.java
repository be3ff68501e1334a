package org.recours.portal.staff;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.staff.StaffDirectory;
import org.recours.kernel.staff.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts on top of the staff directory: role, password hash, and the lock that repeated failed sign-ins
 * put on an account (5 failures lock it 1 minute, each further failure doubles that, up to an hour). A password an
 * administrator sets is a one-time password: its owner replaces it at their first sign-in.
 */
@Service
public class StaffAccounts implements UserDetailsService {

    static final int FAILURES_BEFORE_LOCK = 5;
    public static final int SHORTEST_PASSWORD = 12;
    /** BCrypt reads 72 bytes at most; longer passwords are refused rather than silently cut. */
    private static final int LONGEST_PASSWORD_BYTES = 72;

    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String ACCOUNT_COLUMNS =
            "login, full_name, email, branch, role, password_hash, enabled, " + "locked_until, must_change_password";

    /** An account as administrators see it: never its password. */
    public record Account(
            String login,
            String fullName,
            String email,
            String branch,
            StaffRole role,
            boolean enabled,
            boolean mustChangePassword,
            boolean locked) {}

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    StaffAccounts(JdbcTemplate jdbc, StaffDirectory directory, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates or updates the member and sets their role and a one-time password, to be changed at sign-in. The
     * rules of {@link #change} hold here too, for the page and the API alike: an administrator cannot take their own
     * role away; and an update leaves a disabled account (and so its API tokens) disabled — only
     * {@link #enable} re-enables it.
     */
    @Transactional
    public void save(StaffMember member, StaffRole role, String password, String actingAdministrator) {
        requireAcceptable(password);
        if (member.login().value().equals(actingAdministrator) && role != StaffRole.ADMINISTRATOR) {
            throw new InvalidCaseData("role", RefusalText.of("check.own-administrator-role"));
        }
        directory.save(member);
        jdbc.update(
                "UPDATE staff_member SET role = ?, password_hash = ?, failed_sign_ins = 0, "
                        + "locked_until = NULL, must_change_password = TRUE WHERE login = ?",
                role.name(),
                passwords.encode(password),
                member.login().value());
        changed();
    }

    /** Gives the account a new one-time password (and lifts a sign-in lock); answers it, to be handed over once. */
    public String resetPassword(String login) {
        var password = generatePassword();
        if (jdbc.update(
                        "UPDATE staff_member SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL, "
                                + "must_change_password = TRUE WHERE login = ?",
                        passwords.encode(password),
                        login)
                == 0) {
            throw new InvalidCaseData("login", RefusalText.of("check.account-unknown", login));
        }
        return password;
    }

    /**
     * A staff member replaces their password; the one they were given cannot be kept. A guess of the current password
     * counts as a sign-in attempt: the same lock stops guessing here as on the sign-in form.
     */
    public void changeOwnPassword(String login, String current, String chosen, String confirmation) {
        var account = find(login)
                .orElseThrow(() -> new InvalidCaseData("login", RefusalText.of("check.account-unknown", login)));
        if (!countAttempt(login)) {
            throw new InvalidCaseData("currentPassword", RefusalText.of("check.account-locked"));
        }
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw new InvalidCaseData("currentPassword", RefusalText.of("check.current-password"));
        }
        recordSignIn(login);
        requireAcceptable(chosen);
        if (!chosen.equals(confirmation)) {
            throw new InvalidCaseData("confirmation", RefusalText.of("check.password-confirmation"));
        }
        if (chosen.equals(current)) {
            throw new InvalidCaseData("newPassword", RefusalText.of("check.password-unchanged"));
        }
        PasswordStrength.require(chosen, login, account.fullName());
        jdbc.update(
                "UPDATE staff_member SET password_hash = ?, must_change_password = FALSE WHERE login = ?",
                passwords.encode(chosen),
                login);
    }

    /** Moves the account to another branch or role; an administrator cannot take their own role away. */
    @Transactional
    public void change(String login, StaffRole role, String branch, String actingAdministrator) {
        var member = directory
                .find(new StaffMemberId(login))
                .orElseThrow(() -> new InvalidCaseData("login", RefusalText.of("check.account-unknown", login)));
        if (login.equals(actingAdministrator) && role != StaffRole.ADMINISTRATOR) {
            throw new InvalidCaseData("role", RefusalText.of("check.own-administrator-role"));
        }
        directory.save(new StaffMember(member.login(), member.fullName(), member.email(), new BranchId(branch)));
        jdbc.update("UPDATE staff_member SET role = ? WHERE login = ?", role.name(), login);
        changed();
    }

    /** Disables or re-enables an account: a disabled account neither signs in nor acts through its API tokens. */
    public void enable(String login, boolean enabled, String actingAdministrator) {
        if (!enabled && login.equals(actingAdministrator)) {
            throw new InvalidCaseData("enabled", RefusalText.of("check.own-account-disabled"));
        }
        if (jdbc.update("UPDATE staff_member SET enabled = ? WHERE login = ?", enabled, login) == 0) {
            throw new InvalidCaseData("login", RefusalText.of("check.account-unknown", login));
        }
        changed();
    }

    /** {@code listener} runs after each change of an account's role, branch or state (the API tokens' cache). */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Now, and once more after the transaction if there is one (a request in between read the account as it was). */
    private void changed() {
        changeListeners.forEach(Runnable::run);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            changeListeners.forEach(Runnable::run);
                        }
                    });
        }
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

    public List<Account> all() {
        return jdbc.query(
                "SELECT " + ACCOUNT_COLUMNS + " FROM staff_member ORDER BY full_name, login", this::accountRow);
    }

    public Optional<Account> account(String login) {
        return jdbc
                .query("SELECT " + ACCOUNT_COLUMNS + " FROM staff_member WHERE login = ?", this::accountRow, login)
                .stream()
                .findFirst();
    }

    public Optional<StaffPrincipal> find(String login) {
        return jdbc
                .query(
                        "SELECT " + ACCOUNT_COLUMNS + " FROM staff_member WHERE login = ?",
                        (row, n) -> new StaffPrincipal(
                                row.getString("login"),
                                row.getString("full_name"),
                                row.getString("branch"),
                                StaffRole.valueOf(row.getString("role")),
                                row.getString("password_hash"),
                                row.getBoolean("enabled"),
                                row.getTimestamp("locked_until") == null
                                        ? null
                                        : row.getTimestamp("locked_until").toInstant(),
                                row.getBoolean("must_change_password")),
                        login)
                .stream()
                .findFirst();
    }

    @Override
    public StaffPrincipal loadUserByUsername(String login) {
        return find(login)
                .filter(account -> account.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + login));
    }

    /**
     * Counts a password attempt before the password is checked, under a row lock, so that concurrent guesses cannot
     * all pass the check of a lock none of them has set yet: answers false (nothing counted) while the account is
     * locked. The attempt counts as failed until {@link #recordSignIn} clears it; from the fifth in a row the account
     * is locked (1 minute, doubled by each further attempt, up to an hour), so exactly one more guess than four is
     * ever checked. An unknown login is answered true: its sign-in fails like a wrong password.
     */
    @Transactional
    public boolean countAttempt(String login) {
        var failures = jdbc
                .query(
                        "SELECT failed_sign_ins, locked_until FROM staff_member WHERE login = ? FOR UPDATE",
                        (row, n) -> {
                            var lockedUntil = row.getTimestamp(2);
                            return lockedUntil != null
                                            && lockedUntil.toInstant().isAfter(clock.instant())
                                    ? -1
                                    : row.getInt(1) + 1;
                        },
                        login)
                .stream()
                .findFirst();
        if (failures.isEmpty()) {
            return true;
        }
        int attempts = failures.get();
        if (attempts < 0) {
            return false;
        }
        Timestamp until = null;
        if (attempts >= FAILURES_BEFORE_LOCK) {
            var lock = Duration.ofMinutes(1L << Math.min(attempts - FAILURES_BEFORE_LOCK, 6));
            until = Timestamp.from(clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
        }
        jdbc.update(
                "UPDATE staff_member SET failed_sign_ins = ?, locked_until = ? WHERE login = ?",
                attempts,
                until,
                login);
        return true;
    }

    public void recordSignIn(String login) {
        jdbc.update("UPDATE staff_member SET failed_sign_ins = 0, locked_until = NULL WHERE login = ?", login);
    }

    public static StaffMember member(String login, String fullName, String email, String branch) {
        return new StaffMember(new StaffMemberId(login), fullName, email, new BranchId(branch));
    }

    private static void requireAcceptable(String password) {
        if (password == null || password.length() < SHORTEST_PASSWORD) {
            throw new InvalidCaseData("password", RefusalText.of("check.password-short", SHORTEST_PASSWORD));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
            throw new InvalidCaseData("password", RefusalText.of("check.password-long"));
        }
    }

    private Account accountRow(ResultSet row, int n) throws SQLException {
        var lockedUntil = row.getTimestamp("locked_until");
        return new Account(
                row.getString("login"),
                row.getString("full_name"),
                row.getString("email"),
                row.getString("branch"),
                StaffRole.valueOf(row.getString("role")),
                row.getBoolean("enabled"),
                row.getBoolean("must_change_password"),
                lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()));
    }
}
