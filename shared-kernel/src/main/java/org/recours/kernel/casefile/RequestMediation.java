package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code windowOverrideReason}: a supervisor's reason to seize the mediator before the response window ends. */
public record RequestMediation(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
                               String mediator, LocalDate requestedOn, String reference,
                               String windowOverrideReason) implements CaseCommand {

    public RequestMediation {
        mediator = Require.text("mediator", mediator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
        windowOverrideReason = Require.optionalText("windowOverrideReason", windowOverrideReason, Require.LONG_TEXT);
    }
}
