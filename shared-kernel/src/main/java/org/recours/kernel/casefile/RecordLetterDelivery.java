package org.recours.kernel.casefile;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** {@code letterNumber} may be null: the latest letter still awaiting its acknowledgement of receipt. */
public record RecordLetterDelivery(@TargetAggregateIdentifier CaseId caseId,
                                   @TargetAggregateVersion Long expectedVersion, Integer letterNumber,
                                   LocalDate deliveredOn) implements CaseCommand {

    public RecordLetterDelivery {
        Require.present("deliveredOn", deliveredOn);
    }
}
