package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordConciliationOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        ConciliationOutcome outcome,
        LocalDate concludedOn,
        String details)
        implements CaseCommand {

    public RecordConciliationOutcome {
        Require.present("outcome", outcome);
        Require.present("concludedOn", concludedOn);
        details = Require.text("details", details, Require.LONG_TEXT);
    }
}
