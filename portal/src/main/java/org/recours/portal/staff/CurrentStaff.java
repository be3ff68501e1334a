package org.recours.portal.staff;

import java.security.Principal;
import java.util.Map;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is acting, as the metadata of every command records it. Until staff accounts exist (the staff portal
 * issue) the API is not signed in and every step is attributed to the configured reception account.
 */
@Component
public class CurrentStaff {

    private final String unauthenticatedMember;

    CurrentStaff(@Value("${recours.staff.unauthenticated-member:accueil}") String unauthenticatedMember) {
        this.unauthenticatedMember = unauthenticatedMember;
    }

    public Map<String, String> actorMetaData(Principal principal) {
        return Map.of(ActorMetaData.STAFF_MEMBER, member(principal), ActorMetaData.STAFF_ROLE, StaffRole.STAFF.name());
    }

    public String member(Principal principal) {
        return principal == null ? unauthenticatedMember : principal.getName();
    }
}
