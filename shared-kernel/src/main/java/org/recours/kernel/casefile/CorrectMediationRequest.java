package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a request to the mediator, named by its history entry; every field says what it should have been. */
public record CorrectMediationRequest(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        String mediator,
        LocalDate requestedOn,
        String reference,
        String reason)
        implements CaseCommand {

    public CorrectMediationRequest {
        mediator = Require.text("mediator", mediator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
