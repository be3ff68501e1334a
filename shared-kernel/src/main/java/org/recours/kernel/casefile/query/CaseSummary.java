package org.recours.kernel.casefile.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the case list. {@code nextDeadlineOn} is the next legal date running on the case, null if none;
 * {@code handler} is who handles it; {@code consumerId} names the consumer in the personal-data vault (the pages read the names of a whole page at once).
 */
public record CaseSummary(
        String caseId,
        CaseStatus status,
        String branch,
        String companyName,
        String category,
        String filedBy,
        LocalDate filedOn,
        Instant lastChangedAt,
        LocalDate nextDeadlineOn,
        String nextDeadline,
        String consumerId,
        String handler) {}
