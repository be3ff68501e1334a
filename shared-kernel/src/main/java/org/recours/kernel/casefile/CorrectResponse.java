package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the company's answer, named by its history entry; every field says what it should have been. */
public record CorrectResponse(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        LocalDate receivedOn,
        ContactChannel channel,
        String summary,
        ResponseAssessment assessment,
        String offer,
        String reason)
        implements CaseCommand {

    public CorrectResponse {
        Require.present("receivedOn", receivedOn);
        Require.present("channel", channel);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        Require.present("assessment", assessment);
        offer = Require.optionalText("offer", offer, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
