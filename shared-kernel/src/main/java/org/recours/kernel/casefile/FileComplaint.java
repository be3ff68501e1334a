package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code handler}: who handles the case, null for its filer; {@code factsKnownOn}: when the consumer knew the facts
 * (Code civil, art. 2224), null when not known yet.
 */
public record FileComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        ConsumerId consumer,
        CompanyProfile company,
        Category category,
        String facts,
        Money amountAtStake,
        String desiredOutcome,
        BranchId branch,
        StaffMemberId handler,
        LocalDate factsKnownOn) {

    public FileComplaint {
        Require.present("caseId", caseId);
        Require.present("consumer", consumer);
        Require.present("company", company);
        Require.present("category", category);
        facts = Require.text("facts", facts, Require.LONG_TEXT);
        Require.present("amountAtStake", amountAtStake);
        desiredOutcome = Require.text("desiredOutcome", desiredOutcome, Require.LONG_TEXT);
        Require.present("branch", branch);
    }

    /**
     * Handled by whoever files it, and not yet saying when the consumer knew the facts (Code civil, art. 2224):
     * asked for later.
     */
    public FileComplaint(
            CaseId caseId,
            ConsumerId consumer,
            CompanyProfile company,
            Category category,
            String facts,
            Money amountAtStake,
            String desiredOutcome,
            BranchId branch) {
        this(caseId, consumer, company, category, facts, amountAtStake, desiredOutcome, branch, null, null);
    }
}
