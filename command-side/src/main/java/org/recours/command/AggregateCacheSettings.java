package org.recours.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.aggregate-cache.*}: how many aggregates each instance keeps in memory between two commands
 * (ADR 27). A cached aggregate is used only if the event store holds no event after it.
 *
 * @param cases     cases kept (the least recently used go first); 0: every command replays its case
 * @param campaigns campaigns kept; a campaign of 10,000 members takes several megabytes; 0: none
 */
@ConfigurationProperties("recours.aggregate-cache")
public record AggregateCacheSettings(
        @DefaultValue("2000") int cases, @DefaultValue("4") int campaigns) {

    public AggregateCacheSettings {
        if (cases < 0 || campaigns < 0) {
            throw new IllegalArgumentException(
                    "recours.aggregate-cache.cases and .campaigns must be 0 (no cache) or more: " + cases + ", "
                            + campaigns);
        }
    }
}
