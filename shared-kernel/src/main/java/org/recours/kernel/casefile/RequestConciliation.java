package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code conciliator}: the conciliateur de justice (name, court or town hall where they sit). */
public record RequestConciliation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String conciliator,
        LocalDate requestedOn,
        String reference)
        implements CaseCommand {

    public RequestConciliation {
        conciliator = Require.text("conciliator", conciliator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
    }
}
