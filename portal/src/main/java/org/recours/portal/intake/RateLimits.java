package org.recours.portal.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.recours.kernel.casefile.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often one email address and one network address may use the public pages, counted in PostgreSQL so that
 * every instance counts the same attempts (ADR 4). No library among those reachable keeps its buckets in a shared
 * database for a servlet application, and the rule is a count in a window: one table, one query. Each attempt is
 * counted before it is checked, like the sign-in's, so that parallel requests get no more tries. Only the SHA-256 of
 * what is limited is kept.
 */
@Component
class RateLimits {

    enum Key {
        EMAIL(Duration.ofDays(1)),
        NETWORK_ADDRESS(Duration.ofHours(1));

        final Duration window;

        Key(Duration window) {
            this.window = window;
        }
    }

    private final JdbcTemplate jdbc;
    private final IntakeSettings settings;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, IntakeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts this attempt; refuses it when the window already holds the limit's number of them. */
    @Transactional(noRollbackFor = TooManyAttempts.class)
    void requireWithin(Key key, String value) {
        var hash = Sha256.of(key.name() + ":" + (value == null ? "" : value)).hex();
        var now = clock.instant();
        // one attempt at a time per key: the count and the insert below see every earlier one
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, hash);
        var earlier = jdbc.queryForObject(
                "SELECT count(*) FROM intake_attempt WHERE key_hash = ? AND attempted_at > ?",
                Integer.class,
                hash,
                Timestamp.from(now.minus(key.window)));
        jdbc.update("INSERT INTO intake_attempt (key_hash, attempted_at) VALUES (?, ?)", hash, Timestamp.from(now));
        int limit = key == Key.EMAIL ? settings.perEmailPerDay() : settings.perAddressPerHour();
        if (earlier >= limit) {
            throw new TooManyAttempts(key.window);
        }
    }

    /** Forgets the attempts older than every window. */
    int purge() {
        return jdbc.update(
                "DELETE FROM intake_attempt WHERE attempted_at <= ?",
                Timestamp.from(clock.instant().minus(Key.EMAIL.window)));
    }

    /** Too many attempts: the page says to come back later (429). */
    static final class TooManyAttempts extends RuntimeException
            implements org.springframework.context.MessageSourceResolvable {

        final Duration window;

        TooManyAttempts(Duration window) {
            super("Trop d'envois depuis cette adresse : réessayez plus tard.");
            this.window = window;
        }

        @Override
        public String[] getCodes() {
            return new String[] {"intake.too-many"};
        }

        @Override
        public String getDefaultMessage() {
            return getMessage();
        }
    }
}
