package org.recours.portal.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tokens with which the association's own programs call the API on behalf of a staff account. The token is shown
 * once when issued; only its SHA-256 is kept, so a leaked database does not leak usable tokens.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "rct_";

    /** A token as listed: never the token itself. */
    public record Issued(
            UUID tokenId, String name, String staffLogin, String createdBy, String createdAt, String revokedAt) {}

    private final JdbcTemplate jdbc;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, StaffPrincipal> checked;

    @org.springframework.beans.factory.annotation.Autowired
    ApiTokens(
            JdbcTemplate jdbc,
            StaffAccounts accounts,
            Clock clock,
            org.recours.portal.security.SecuritySettings settings) {
        this(jdbc, accounts, clock, settings.apiTokenCache(), Ticker.systemTicker());
    }

    /**
     * {@code trustFor}: how long a token checked against the database is trusted without reading it again (0: not
     * at all). At most 10,000 tokens are remembered; only tokens that authenticated are, so unknown tokens cannot
     * fill the cache. A revocation or an account change on this instance forgets them all at once.
     */
    ApiTokens(JdbcTemplate jdbc, StaffAccounts accounts, Clock clock, Duration trustFor, Ticker ticker) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.checked = trustFor.isZero() || trustFor.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(trustFor)
                        .maximumSize(10_000)
                        .ticker(ticker)
                        .build();
        accounts.onChange(this::forgetChecked);
    }

    private void forgetChecked() {
        if (checked != null) {
            checked.invalidateAll();
        }
    }

    /** Issues a new token acting as {@code staffLogin}; answers the token, to be handed over once. */
    public String issue(String name, String staffLogin, String issuedBy) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        register(name, staffLogin, issuedBy, token);
        return token;
    }

    /** Registers a token chosen elsewhere (the bootstrap token of a deployment). */
    public void register(String name, String staffLogin, String issuedBy, String token) {
        var label = Require.text("name", name, 100);
        if (accounts.find(staffLogin).isEmpty()) {
            throw new InvalidCaseData("staffLogin", RefusalText.of("check.account-unknown", staffLogin));
        }
        jdbc.update(
                """
                INSERT INTO api_token (token_id, name, token_hash, staff_login, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(),
                label,
                Sha256.of(token).hex(),
                staffLogin,
                issuedBy,
                Timestamp.from(clock.instant()));
    }

    public boolean revoke(UUID tokenId) {
        boolean revoked = jdbc.update(
                        "UPDATE api_token SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL",
                        Timestamp.from(clock.instant()),
                        tokenId)
                == 1;
        forgetChecked();
        return revoked;
    }

    public List<Issued> all() {
        return jdbc.query(
                "SELECT * FROM api_token ORDER BY created_at",
                (row, n) -> new Issued(
                        row.getObject("token_id", UUID.class),
                        row.getString("name"),
                        row.getString("staff_login"),
                        row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant().toString(),
                        row.getTimestamp("revoked_at") == null
                                ? null
                                : row.getTimestamp("revoked_at").toInstant().toString()));
    }

    /**
     * The account a presented token acts for, if the token is known and not revoked, and its account enabled: as the
     * database said at most {@code recours.security.api-token-cache} ago.
     */
    public Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (checked == null) {
            return lookUp(token);
        }
        var hash = Sha256.of(token).hex();
        var known = checked.getIfPresent(hash);
        if (known != null) {
            return Optional.of(known);
        }
        var found = lookUp(token);
        found.ifPresent(principal -> checked.put(hash, principal));
        return found;
    }

    private Optional<StaffPrincipal> lookUp(String token) {
        return jdbc
                .query(
                        "SELECT staff_login FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
                        (row, n) -> row.getString(1),
                        Sha256.of(token).hex())
                .stream()
                .findFirst()
                .flatMap(accounts::find)
                .filter(StaffPrincipal::isEnabled);
    }
}
