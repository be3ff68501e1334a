package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a registered letter's return, named by its history entry: why the post returned it, the day it was first
 * presented and the day it came back, as they should have been.
 */
public record CorrectLetterReturn(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        long entry,
        LetterReturnReason returnReason,
        LocalDate firstPresentedOn,
        LocalDate returnedOn,
        String reason)
        implements CaseCommand {

    public CorrectLetterReturn {
        Require.present("returnReason", returnReason);
        Require.present("firstPresentedOn", firstPresentedOn);
        Require.present("returnedOn", returnedOn);
        reason = Require.text("reason", reason, Require.LONG_TEXT);
    }
}
