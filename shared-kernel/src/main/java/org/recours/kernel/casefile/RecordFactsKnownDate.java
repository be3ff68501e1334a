package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code reason}: why a date already recorded changes; not needed the first time. */
public record RecordFactsKnownDate(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate knownOn,
        String reason)
        implements CaseCommand {

    public RecordFactsKnownDate {
        Require.present("knownOn", knownOn);
        reason = Require.optionalText("reason", reason, Require.LONG_TEXT);
    }
}
