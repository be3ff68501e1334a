package org.recours.portal.staff;

import java.security.Principal;
import java.util.Map;
import org.recours.kernel.casefile.ActorMetaData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in staff member (or the account an API token acts for), as commands record it. */
@Component
public class CurrentStaff {

    public StaffPrincipal of(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return staff;
        }
        throw new IllegalStateException("no signed-in staff member: the security configuration lets no "
                + "anonymous request reach the application");
    }

    public Map<String, String> actorMetaData(Principal principal) {
        if (principal instanceof ConsumerActor consumer) {
            return Map.of(ActorMetaData.STAFF_MEMBER, consumer.getName());
        }
        var staff = of(principal);
        return Map.of(
                ActorMetaData.STAFF_MEMBER,
                staff.login(),
                ActorMetaData.STAFF_ROLE,
                staff.role().name(),
                ActorMetaData.STAFF_BRANCH,
                staff.branch());
    }

    public String member(Principal principal) {
        return of(principal).login();
    }
}
