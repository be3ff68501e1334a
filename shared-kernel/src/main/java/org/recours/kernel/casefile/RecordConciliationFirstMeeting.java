package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The first meeting of the latest conciliation was held on {@code heldOn}: without a written agreement to conciliate,
 * the day the limitation is suspended from (Code civil, art. 2238).
 */
public record RecordConciliationFirstMeeting(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate heldOn) implements CaseCommand {

    public RecordConciliationFirstMeeting {
        Require.present("heldOn", heldOn);
    }
}
