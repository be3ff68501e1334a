package org.recours.kernel.casefile;

import java.time.LocalDate;

/** A consumer's complaint against a company was filed with a branch of the association. */
public record ComplaintFiled(
        CaseId caseId,
        ConsumerId consumer,
        CompanyProfile company,
        Category category,
        String facts,
        Money amountAtStake,
        String desiredOutcome,
        BranchId branch,
        StaffMemberId filedBy,
        LocalDate filedOn)
        implements CaseEvent {}
