package org.recours.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.StaffRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** API tokens checked once are trusted for {@code recours.security.api-token-cache}, and no longer (ADR 27). */
class ApiTokenCacheTest {

    private static final String TOKEN = ApiTokens.PREFIX + "a-token-for-ines";

    /** The api_token table: one token for ines, revoked or not, and how often it was read. */
    private static final class Table extends JdbcTemplate {
        volatile boolean revoked;
        int reads;

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            reads++;
            return revoked ? List.of() : List.of((T) "ines");
        }

        @Override
        public int update(String sql, Object... args) {
            revoked = true;
            return 1;
        }
    }

    private final Table table = new Table();
    private final AtomicLong nanos = new AtomicLong();
    private final StaffAccounts accounts = mock(StaffAccounts.class);

    private ApiTokens tokens(Duration trustFor) {
        when(accounts.find("ines"))
                .thenReturn(Optional.of(
                        new StaffPrincipal("ines", "Inès", "paris-11", StaffRole.STAFF, "hash", true, null, false)));
        Ticker ticker = nanos::get;
        return new ApiTokens(table, accounts, Clock.systemUTC(), trustFor, ticker);
    }

    @Test
    void aTokenRevokedOnAnotherInstanceWorksHereAtMostTheCacheDelay() {
        var tokens = tokens(Duration.ofSeconds(5));
        assertThat(tokens.authenticate(TOKEN)).isPresent();
        assertThat(tokens.authenticate(TOKEN)).isPresent();
        assertThat(table.reads).as("read once").isEqualTo(1);

        table.revoked = true; // by another instance: this one is not told
        nanos.addAndGet(Duration.ofMillis(4_900).toNanos());
        assertThat(tokens.authenticate(TOKEN))
                .as("still trusted within the delay")
                .isPresent();
        nanos.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(tokens.authenticate(TOKEN))
                .as("refused once the delay is over")
                .isEmpty();
        assertThat(tokens.authenticate(TOKEN)).as("and stays refused").isEmpty();
    }

    @Test
    void aTokenRevokedOnThisInstanceIsRefusedAtOnce() {
        var tokens = tokens(Duration.ofSeconds(5));
        assertThat(tokens.authenticate(TOKEN)).isPresent();
        assertThat(tokens.revoke(UUID.randomUUID())).isTrue();
        assertThat(tokens.authenticate(TOKEN)).isEmpty();
    }

    @Test
    void unknownTokensAreNotRememberedAndNoDelayMeansEveryRequestReads() {
        table.revoked = true;
        var cached = tokens(Duration.ofSeconds(5));
        assertThat(cached.authenticate(TOKEN)).isEmpty();
        table.revoked = false;
        assertThat(cached.authenticate(TOKEN)).as("a refusal is not remembered").isPresent();

        var uncached = tokens(Duration.ZERO);
        int before = table.reads;
        uncached.authenticate(TOKEN);
        uncached.authenticate(TOKEN);
        assertThat(table.reads - before).isEqualTo(2);
    }
}
