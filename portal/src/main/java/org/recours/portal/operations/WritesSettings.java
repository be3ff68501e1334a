package org.recours.portal.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.writes.*}: how many writes one account may have running at once, so that one program cannot take
 * every database connection.
 *
 * @param perAccount writes one account may run at once
 * @param queueWait  how long a further write waits for its turn before 503 with Retry-After
 */
@ConfigurationProperties("recours.writes")
public record WritesSettings(
        @DefaultValue("4") int perAccount,
        @DefaultValue("2s") Duration queueWait) {

    public WritesSettings {
        if (perAccount < 1) {
            throw new IllegalArgumentException("recours.writes.per-account must be at least 1: " + perAccount);
        }
    }
}
