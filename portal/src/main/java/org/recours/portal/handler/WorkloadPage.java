package org.recours.portal.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.FindWorkload;
import org.recours.portal.staff.StaffAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' workload view: each staff member's open cases and nearest deadlines, and each branch's
 * supervisors' queue (the cases of disabled accounts, ADR 20), every line leading to its cases in the list.
 */
@Controller
class WorkloadPage {

    private static final int DEADLINES_EACH = 3;

    private final QueryGateway queries;
    private final StaffAccounts accounts;

    WorkloadPage(QueryGateway queries, StaffAccounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @GetMapping("/equipe")
    String workload(@RequestParam(required = false) String branch, Model model) {
        var workload = queries.query(new FindWorkload(branch, DEADLINES_EACH), FindWorkload.Workload.class)
                .join();
        var names = new LinkedHashMap<String, String>();
        accounts.all()
                .forEach(account -> names.put(
                        account.login(), account.fullName() + (account.enabled() ? "" : " (" + account.login() + ")")));
        model.addAttribute(
                "queues", workload.loads().stream().filter(load -> queue(load)).toList());
        model.addAttribute("members", members(workload.loads(), names));
        model.addAttribute("names", names);
        model.addAttribute("branch", branch);
        return "workload";
    }

    /** Staff with open cases, then enabled accounts without any (nothing on their desk is worth seeing too). */
    private List<FindWorkload.Load> members(List<FindWorkload.Load> loads, Map<String, String> names) {
        var members = new java.util.ArrayList<>(
                loads.stream().filter(load -> !queue(load)).toList());
        accounts.all().stream()
                .filter(StaffAccounts.Account::enabled)
                .filter(account ->
                        members.stream().noneMatch(load -> load.handler().equals(account.login())))
                .forEach(account -> members.add(new FindWorkload.Load(account.login(), 0, 0, List.of())));
        return members;
    }

    private static boolean queue(FindWorkload.Load load) {
        return new StaffMemberId(load.handler()).namesQueue();
    }
}
