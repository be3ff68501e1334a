package org.recours.kernel.casefile;

/**
 * Staff corrected what the filing (history entry {@code correctedEntry}, 0) says of the complaint: its ground, facts,
 * amount at stake and what the consumer asks, as they stand now, and why.
 */
public record ComplaintDetailsCorrected(
        CaseId caseId,
        long correctedEntry,
        Category category,
        String facts,
        Money amountAtStake,
        String desiredOutcome,
        String reason)
        implements CaseEvent {}
