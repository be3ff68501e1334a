package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FileComplaint(@TargetAggregateIdentifier CaseId caseId, ConsumerId consumer, CompanyProfile company,
                            Category category, String facts, Money amountAtStake, String desiredOutcome,
                            BranchId branch, StaffMemberId handler) {

    /** Handled by whoever files it. */
    public FileComplaint(CaseId caseId, ConsumerId consumer, CompanyProfile company, Category category, String facts,
                         Money amountAtStake, String desiredOutcome, BranchId branch) {
        this(caseId, consumer, company, category, facts, amountAtStake, desiredOutcome, branch, null);
    }

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
}
