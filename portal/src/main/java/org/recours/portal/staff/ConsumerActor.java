package org.recours.portal.staff;

import java.security.Principal;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.StaffMemberId;

/**
 * The consumer, acting on their own case through their follow-up link (ADR 17): their steps are recorded with the
 * actor {@code consumer} and neither a role nor a branch. The link names the one case they reach.
 */
public record ConsumerActor(CaseId caseId) implements Principal {

    @Override
    public String getName() {
        return StaffMemberId.CONSUMER.value();
    }
}
