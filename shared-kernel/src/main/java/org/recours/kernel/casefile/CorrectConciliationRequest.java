package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a request to a conciliateur de justice, named by its history entry. */
public record CorrectConciliationRequest(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        String conciliator,
        LocalDate requestedOn,
        String reference,
        String reason)
        implements CaseCommand {

    public CorrectConciliationRequest {
        conciliator = Require.text("conciliator", conciliator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
