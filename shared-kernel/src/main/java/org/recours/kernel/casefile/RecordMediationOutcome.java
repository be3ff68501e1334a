package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMediationOutcome(@TargetAggregateIdentifier CaseId caseId,
                                     @TargetAggregateVersion Long expectedVersion, MediationOutcome outcome,
                                     LocalDate concludedOn, String details) implements CaseCommand {

    public RecordMediationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
        details = Require.text("details", details, Require.LONG_TEXT);
    }
}
