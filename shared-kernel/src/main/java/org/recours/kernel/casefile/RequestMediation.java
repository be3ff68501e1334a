package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * {@code windowOverrideReason}: a supervisor's reason to seize the mediator before the response window ends;
 * {@code examinationOverrideReason}: a supervisor's reason to seize it although the case shows the dispute already
 * examined by a mediator or before a court (L612-2 3°: another dispute, another ground).
 */
public record RequestMediation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String mediator,
        LocalDate requestedOn,
        String reference,
        String windowOverrideReason,
        String examinationOverrideReason)
        implements CaseCommand {

    public RequestMediation {
        mediator = Require.text("mediator", mediator, Require.SHORT_TEXT);
        Require.present("requestedOn", requestedOn);
        reference = Require.optionalText("reference", reference, 100);
        windowOverrideReason = Require.optionalText("windowOverrideReason", windowOverrideReason, Require.LONG_TEXT);
        examinationOverrideReason =
                Require.optionalText("examinationOverrideReason", examinationOverrideReason, Require.LONG_TEXT);
    }

    public RequestMediation(
            CaseId caseId,
            Long expectedVersion,
            String mediator,
            LocalDate requestedOn,
            String reference,
            String windowOverrideReason) {
        this(caseId, expectedVersion, mediator, requestedOn, reference, windowOverrideReason, null);
    }
}
