package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a help-centre consultation, named by its history entry; every field says what it should have been. */
public record CorrectHelpCentreConsultation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        LocalDate consultedOn,
        String findings,
        String reason)
        implements CaseCommand {

    public CorrectHelpCentreConsultation {
        Require.present("consultedOn", consultedOn);
        findings = Require.text("findings", findings, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
