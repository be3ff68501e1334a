package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMediationExtension(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate notifiedOn,
        LocalDate extendedUntil)
        implements CaseCommand {

    public RecordMediationExtension {
        Require.present("notifiedOn", notifiedOn);
        Require.present("extendedUntil", extendedUntil);
    }
}
