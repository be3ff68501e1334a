package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordSupportContact(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        ContactChannel channel,
        LocalDate contactedOn,
        String ticketReference,
        String summary,
        String outcome)
        implements CaseCommand {

    public RecordSupportContact {
        Require.present("channel", channel);
        Require.present("contactedOn", contactedOn);
        ticketReference = Require.optionalText("ticketReference", ticketReference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        outcome = Require.text("outcome", outcome, Require.LONG_TEXT);
    }
}
