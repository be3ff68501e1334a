package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code letterNumber} may be null: the latest letter still awaiting its acknowledgement of receipt. */
public record RecordLetterReturn(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Integer letterNumber,
        LetterReturnReason reason,
        LocalDate firstPresentedOn,
        LocalDate returnedOn)
        implements CaseCommand {

    public RecordLetterReturn {
        Require.present("reason", reason);
        Require.present("firstPresentedOn", firstPresentedOn);
        Require.present("returnedOn", returnedOn);
    }
}
