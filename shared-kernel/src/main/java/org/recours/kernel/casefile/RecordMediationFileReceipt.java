package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMediationFileReceipt(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate receivedOn) implements CaseCommand {

    public RecordMediationFileReceipt {
        Require.present("receivedOn", receivedOn);
    }
}
