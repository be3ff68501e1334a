package org.recours.kernel.casefile;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the consumer's contact details changed in the vault ({@code changed}: which items); accepted on a
 * closed case too, refused once the consumer's data was erased.
 */
public record RecordConsumerDetailsUpdate(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        List<ConsumerDetail> changed)
        implements CaseCommand {

    public RecordConsumerDetailsUpdate {
        if (changed == null || changed.isEmpty()) {
            throw new InvalidCaseData("consumer", RefusalText.of("check.consumer-unchanged"));
        }
        changed = List.copyOf(changed.stream().distinct().sorted().toList());
    }
}
