package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordHelpCentreConsultation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate consultedOn,
        String findings)
        implements CaseCommand {

    public RecordHelpCentreConsultation {
        Require.present("consultedOn", consultedOn);
        findings = Require.text("findings", findings, Require.LONG_TEXT);
    }
}
