package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects what the filing says of the complaint, named by its history entry (0); every field as it should be. */
public record CorrectComplaintDetails(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        Category category,
        String facts,
        Money amountAtStake,
        String desiredOutcome,
        String reason)
        implements CaseCommand {

    public CorrectComplaintDetails {
        Require.present("category", category);
        facts = Require.text("facts", facts, Require.LONG_TEXT);
        Require.present("amountAtStake", amountAtStake);
        desiredOutcome = Require.text("desiredOutcome", desiredOutcome, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
