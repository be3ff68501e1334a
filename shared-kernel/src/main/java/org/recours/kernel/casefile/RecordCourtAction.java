package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A court action and its claim. Under Code de procédure civile, art. 750-1 a claim for a sum of 5,000 euros or less
 * needs a prior amicable attempt: one on file (conciliation, mediation), or {@code participatoryProcedure} (what staff
 * know of the participatory procedure tried), or an {@code exemption} with its {@code exemptionDetails}; failing
 * those, {@code filedAnywayReason} records that the action was filed without one, and why.
 */
public record RecordCourtAction(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String court,
        LocalDate filedOn,
        String reference,
        String summary,
        CourtClaim claim,
        String participatoryProcedure,
        AmicableAttemptExemption exemption,
        String exemptionDetails,
        String filedAnywayReason)
        implements CaseCommand {

    public RecordCourtAction {
        court = Require.text("court", court, Require.SHORT_TEXT);
        Require.present("filedOn", filedOn);
        reference = Require.optionalText("reference", reference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        Require.present("claim", claim);
        participatoryProcedure =
                Require.optionalText("participatoryProcedure", participatoryProcedure, Require.LONG_TEXT);
        exemptionDetails = Require.optionalText("exemptionDetails", exemptionDetails, Require.LONG_TEXT);
        if (exemption != null && exemptionDetails == null) {
            throw new InvalidCaseData("exemptionDetails", RefusalText.of("check.exemption-details"));
        }
        filedAnywayReason = Require.optionalText("filedAnywayReason", filedAnywayReason, Require.LONG_TEXT);
    }

    /** An action whose claim needs no prior attempt or has one on file. */
    public RecordCourtAction(
            CaseId caseId,
            Long expectedVersion,
            String court,
            LocalDate filedOn,
            String reference,
            String summary,
            CourtClaim claim) {
        this(caseId, expectedVersion, court, filedOn, reference, summary, claim, null, null, null, null);
    }
}
