package org.recours.portal.reminders;

import java.security.Principal;
import java.util.List;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.staff.CurrentStaff;
import org.recours.query.reminders.OutboxEntry;
import org.recours.query.reminders.ReminderOutbox;
import org.springframework.stereotype.Component;

/**
 * The outbox as the acting staff member may read it: a staff member sees the emails about their branch's cases
 * only (they carry consumers' addresses and case details), supervisors and administrators every row.
 */
@Component
class VisibleOutbox {

    private final ReminderOutbox outbox;
    private final CurrentStaff staff;
    private final CaseAccess access;

    VisibleOutbox(ReminderOutbox outbox, CurrentStaff staff, CaseAccess access) {
        this.outbox = outbox;
        this.staff = staff;
        this.access = access;
    }

    List<OutboxEntry> latest(Principal principal, int limit) {
        var member = staff.of(principal);
        return member.role() == StaffRole.STAFF ? outbox.latestOfBranch(member.branch(), limit) : outbox.latest(limit);
    }

    /** A case out of reach answers 404, as everywhere else. */
    List<OutboxEntry> ofCase(String caseId, Principal principal) {
        var file = access.visible(caseId, principal);
        return outbox.ofCase(file.caseId().value());
    }
}
