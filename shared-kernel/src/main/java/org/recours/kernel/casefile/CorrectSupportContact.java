package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a contact with customer support, named by its history entry; every field says what it should have been. */
public record CorrectSupportContact(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        ContactChannel channel,
        LocalDate contactedOn,
        String ticketReference,
        String summary,
        String outcome,
        String reason)
        implements CaseCommand {

    public CorrectSupportContact {
        Require.present("channel", channel);
        Require.present("contactedOn", contactedOn);
        ticketReference = Require.optionalText("ticketReference", ticketReference, 100);
        summary = Require.text("summary", summary, Require.LONG_TEXT);
        outcome = Require.text("outcome", outcome, Require.LONG_TEXT);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
