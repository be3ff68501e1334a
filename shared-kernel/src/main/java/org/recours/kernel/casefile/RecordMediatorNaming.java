package org.recours.kernel.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Whether the company's answer n° {@code responseNumber} named its consumer mediator (L616-1), and which. */
public record RecordMediatorNaming(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Integer responseNumber,
        Boolean named,
        String mediator)
        implements CaseCommand {

    public RecordMediatorNaming {
        Require.present("responseNumber", responseNumber);
        Require.present("named", named);
        mediator = Require.optionalText("mediator", mediator, Require.SHORT_TEXT);
        if (named && mediator == null) {
            throw new InvalidCaseData("mediator", RefusalText.of("check.mediator-named"));
        }
        if (!named) {
            mediator = null;
        }
    }
}
