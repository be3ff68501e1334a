package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Resolution resolution,
        Money amountObtained,
        String summary)
        implements CaseCommand {

    public CloseCase {
        Require.present("resolution", resolution);
        Require.present("amountObtained", amountObtained);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
    }
}
