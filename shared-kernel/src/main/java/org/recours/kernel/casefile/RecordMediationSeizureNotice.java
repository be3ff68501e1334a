package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMediationSeizureNotice(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate notifiedOn,
        String reference)
        implements CaseCommand {

    public RecordMediationSeizureNotice {
        Require.present("notifiedOn", notifiedOn);
        reference = Require.optionalText("reference", reference, 100);
    }
}
