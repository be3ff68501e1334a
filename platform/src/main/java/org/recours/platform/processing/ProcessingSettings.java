package org.recours.platform.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.processing.*}: how the event processors that build the read models share their work, rebuild them,
 * and retry a case whose events failed (docs/configuration.md; ADR 4, 12).
 *
 * @param segments           segments per event processor, fixed when the processor first starts on a database
 * @param maxClaimedSegments at most this many segments per instance (0: all); below the segment count several
 *                           instances split the work
 * @param tokenClaimInterval how often an instance looks for unclaimed segments
 * @param claimTimeout       after how long a claim its instance stopped renewing is free
 * @param nodeId             the name this instance claims segments under (empty: the process name and a random
 *                           suffix, unique per instance)
 * @param batchSize          events a processor handles in one transaction
 * @param bulkRebuild        read models without a token are rebuilt in bulk before their processors start
 * @param parked             the automatic retries of a case whose events a projection could not handle
 */
@ConfigurationProperties("recours.processing")
public record ProcessingSettings(
        @DefaultValue("4") int segments,
        @DefaultValue("0") int maxClaimedSegments,
        @DefaultValue("1s") Duration tokenClaimInterval,
        @DefaultValue("10s") Duration claimTimeout,
        @DefaultValue("") String nodeId,
        @DefaultValue("100") int batchSize,
        @DefaultValue BulkRebuild bulkRebuild,
        @DefaultValue Parked parked) {

    public ProcessingSettings {
        if (segments < 1 || maxClaimedSegments < 0 || batchSize < 1) {
            throw new IllegalArgumentException("recours.processing: segments and batch-size must be at least 1, "
                    + "max-claimed-segments at least 0 (given " + segments + ", " + batchSize + ", "
                    + maxClaimedSegments + ")");
        }
    }

    /**
     * @param enabled   false: processors replay the events one by one instead
     * @param minEvents the bulk rebuild runs only when the store holds at least this many events
     * @param gapWindow the processors then look again at positions up to this many below the head that were not
     *                  committed yet
     */
    public record BulkRebuild(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10000") long minEvents,
            @DefaultValue("10000") long gapWindow) {}

    /**
     * @param retryInterval        time between two automatic retries of a parked case
     * @param maxAutomaticRetries  automatic retries before the case waits for an administrator
     */
    public record Parked(
            @DefaultValue("1m") Duration retryInterval,
            @DefaultValue("5") int maxAutomaticRetries) {}
}
