package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects what a court action claims, named by the history entry of its claim ({@code CourtClaimStated}); the
 * claim and its ground under Code de procédure civile, art. 750-1, as they should have been (the same fields as
 * {@link RecordCourtAction}).
 */
public record CorrectCourtClaim(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        CourtClaim claim,
        String participatoryProcedure,
        AmicableAttemptExemption exemption,
        String exemptionDetails,
        String filedAnywayReason,
        String reason)
        implements CaseCommand {

    public CorrectCourtClaim {
        Require.present("claim", claim);
        participatoryProcedure =
                Require.optionalText("participatoryProcedure", participatoryProcedure, Require.LONG_TEXT);
        exemptionDetails = Require.optionalText("exemptionDetails", exemptionDetails, Require.LONG_TEXT);
        if (exemption != null && exemptionDetails == null) {
            throw new InvalidCaseData("exemptionDetails", RefusalText.of("check.exemption-details"));
        }
        filedAnywayReason = Require.optionalText("filedAnywayReason", filedAnywayReason, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
