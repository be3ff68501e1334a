package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordResponse(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate receivedOn,
        ContactChannel channel,
        String summary,
        ResponseAssessment assessment,
        String offer)
        implements CaseCommand {

    public RecordResponse {
        Require.present("receivedOn", receivedOn);
        Require.present("channel", channel);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        Require.present("assessment", assessment);
        offer = Require.optionalText("offer", offer, Require.LONG_TEXT);
    }
}
