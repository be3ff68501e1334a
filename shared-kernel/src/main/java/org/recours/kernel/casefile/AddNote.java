package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddNote(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String text) implements CaseCommand {

    public AddNote {
        text = Require.text("text", text, Require.LONG_TEXT);
    }
}
