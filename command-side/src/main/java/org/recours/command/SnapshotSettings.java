package org.recours.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.snapshot.*}: snapshots are a cache of an aggregate's state (ADR 7).
 *
 * @param threshold a case or a campaign is snapshotted once loaded with this many events since its last snapshot
 *                  (0: never)
 */
@ConfigurationProperties("recours.snapshot")
public record SnapshotSettings(@DefaultValue("100") int threshold) {

    public SnapshotSettings {
        if (threshold < 0) {
            throw new IllegalArgumentException("recours.snapshot.threshold must be 0 (never) or more: " + threshold);
        }
    }
}
