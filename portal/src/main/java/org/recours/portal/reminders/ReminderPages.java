package org.recours.portal.reminders;

import java.security.Principal;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.consumer.ConsumerNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Échéances et courriels": the cases whose next legal date is past or falls within the week, and the reminder
 * emails of the outbox, for the staff member's branch (every branch for supervisors and administrators).
 */
@Controller
class ReminderPages {

    static final int CASES_SHOWN = 100;

    private final QueryGateway queries;
    private final CaseAccess access;
    private final VisibleOutbox outbox;

    private final ConsumerNames names;

    ReminderPages(QueryGateway queries, CaseAccess access, VisibleOutbox outbox, ConsumerNames names) {
        this.names = names;
        this.queries = queries;
        this.access = access;
        this.outbox = outbox;
    }

    @GetMapping("/reminders")
    String reminders(Principal principal, Model model) {
        var branch = access.branchFilter(principal, null);
        var overdue = due(branch, FindCases.DeadlineFilter.OVERDUE);
        var thisWeek = due(branch, FindCases.DeadlineFilter.DUE_THIS_WEEK);
        model.addAttribute(
                "groups",
                java.util.List.of(
                        new DueCases("overdue", "reminders.overdue", overdue),
                        new DueCases("cette-semaine", "reminders.this-week", thisWeek)));
        model.addAttribute("names", names.of(overdue, thisWeek));
        model.addAttribute("branch", branch);
        model.addAttribute("outbox", outbox.latest(principal, CASES_SHOWN));
        return "reminders";
    }

    /**
     * One table of the page: the cases whose next legal date is past, or within the week; {@code title} is a message
     * code, and {@code title.none} says there is no such case.
     */
    record DueCases(String id, String title, CasePage page) {}

    private CasePage due(String branch, FindCases.DeadlineFilter deadline) {
        return queries.query(
                        new FindCases(branch, null, null, null, null, deadline, null, 0, CASES_SHOWN), CasePage.class)
                .join();
    }
}
