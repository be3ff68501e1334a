package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * The consumer's contact details were updated in the personal-data vault. The event names which items changed, never
 * their values: those stay in the vault, erasable.
 */
public record ConsumerDetailsUpdated(
        CaseId caseId, ConsumerId consumer, LocalDate updatedOn, List<ConsumerDetail> changed) implements CaseEvent {

    public ConsumerDetailsUpdated {
        changed = List.copyOf(changed);
    }
}
