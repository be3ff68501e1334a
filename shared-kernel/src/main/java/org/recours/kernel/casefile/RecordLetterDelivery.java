package org.recours.kernel.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * {@code letterNumber} may be null: the latest letter still awaiting its acknowledgement of receipt;
 * {@code receivedAt}: for an electronic registered letter, the time on the provider's proof of receipt.
 */
public record RecordLetterDelivery(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Integer letterNumber,
        LocalDate deliveredOn,
        Instant receivedAt)
        implements CaseCommand {

    public RecordLetterDelivery {
        Require.present("deliveredOn", deliveredOn);
    }

    public RecordLetterDelivery(CaseId caseId, Long expectedVersion, Integer letterNumber, LocalDate deliveredOn) {
        this(caseId, expectedVersion, letterNumber, deliveredOn, null);
    }
}
