package org.recours.portal.intake;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code recours.intake.*}: the consumer's side (issue 18, ADR 17).
 *
 * @param publicUrl            where consumers reach Recours: the start of the links in their emails
 * @param confirmationWindow   how long a submission waits for its confirmation before it is purged
 * @param retentionYears       how many years a case's data is kept after it closes (the GDPR notice says so)
 * @param followUpAfterClosure how long a follow-up link still opens once its case is closed
 * @param defaultBranch        the branch of a submission whose postcode no branch covers and that chose none
 * @param postcodeBranches     postcode prefixes ("75", "591") to the branch that takes their submissions; the
 *                             longest prefix wins
 * @param maxSubmissionSize    every file of one submission together (each file also within the evidence limit)
 * @param maxFiles             files per submission
 * @param perEmailPerDay       submissions one email address may send in 24 hours
 * @param perAddressPerHour    submissions, follow-up documents and messages from one network address per hour
 * @param purgeInterval        how often the purge job runs
 */
@ConfigurationProperties("recours.intake")
record IntakeSettings(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("48h") Duration confirmationWindow,
        @DefaultValue("5") int retentionYears,
        @DefaultValue("30d") Duration followUpAfterClosure,
        @DefaultValue("siege") String defaultBranch,
        Map<String, String> postcodeBranches,
        @DefaultValue("30MB") DataSize maxSubmissionSize,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("3") int perEmailPerDay,
        @DefaultValue("20") int perAddressPerHour,
        @DefaultValue("10m") Duration purgeInterval) {

    IntakeSettings {
        postcodeBranches = postcodeBranches == null ? Map.of() : Map.copyOf(postcodeBranches);
        if (!publicUrl.toString().matches("https?://.+")) {
            throw new IllegalArgumentException("recours.intake.public-url must be an http(s) address: " + publicUrl);
        }
        if (retentionYears < 1 || maxFiles < 0 || perEmailPerDay < 1 || perAddressPerHour < 1) {
            throw new IllegalArgumentException("recours.intake: retention-years, per-email-per-day and "
                    + "per-address-per-hour must be at least 1, max-files at least 0");
        }
    }

    /** The branch of a postcode: the longest configured prefix it starts with, else the default branch. */
    String branchFor(String postcode) {
        String best = null;
        for (var prefix : postcodeBranches.keySet()) {
            if (postcode != null && postcode.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? defaultBranch : postcodeBranches.get(best);
    }

    /** A link of the consumer's side: the public address and the path. */
    String link(String path) {
        var base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
