package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordCourtAction(@TargetAggregateIdentifier CaseId caseId,
                                @TargetAggregateVersion Long expectedVersion, String court, LocalDate filedOn,
                                String reference, String summary) implements CaseCommand {

    public RecordCourtAction {
        court = Require.text("court", court, Require.SHORT_TEXT);
        Require.present("filedOn", filedOn);
        reference = Require.optionalText("reference", reference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
    }
}
