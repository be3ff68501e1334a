package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a court action, named by its history entry; every field says what it should have been. */
public record CorrectCourtAction(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        String court,
        LocalDate filedOn,
        String reference,
        String summary,
        String reason)
        implements CaseCommand {

    public CorrectCourtAction {
        court = Require.text("court", court, Require.SHORT_TEXT);
        Require.present("filedOn", filedOn);
        reference = Require.optionalText("reference", reference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
