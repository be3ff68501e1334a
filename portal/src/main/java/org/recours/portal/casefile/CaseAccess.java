package org.recours.portal.casefile;

import java.security.Principal;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.portal.staff.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * Which cases the acting staff member reaches: their branch's, or every branch's for supervisors and
 * administrators. Every read path goes through here; a case out of reach is answered as unknown (404).
 */
@Component
public class CaseAccess {

    private final QueryGateway queries;
    private final CurrentStaff staff;

    CaseAccess(QueryGateway queries, CurrentStaff staff) {
        this.queries = queries;
        this.staff = staff;
    }

    public CaseFile visible(String caseId, Principal principal) {
        return reached(caseId, principal).orElseThrow(() -> new CaseNotFound(caseId));
    }

    /** The case as the read model shows it now, if it exists and the staff member reaches it. */
    Optional<CaseFile> reached(String caseId, Principal principal) {
        return find(caseId)
                .filter(file -> staff.of(principal).reaches(file.branch().value()));
    }

    /** The branch a case list is limited to: the staff member's own, or the one asked for by a supervisor. */
    public String branchFilter(Principal principal, String requested) {
        var member = staff.of(principal);
        return member.role() == StaffRole.STAFF ? member.branch() : requested;
    }

    Optional<CaseFile> find(String caseId) {
        return queries.query(
                        new FindCase(CaseSteps.existingCaseId(caseId)),
                        ResponseTypes.optionalInstanceOf(CaseFile.class))
                .join();
    }
}
