package org.recours.portal.handler;

import java.security.Principal;
import java.util.ArrayList;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.HandoverReason;
import org.recours.kernel.casefile.QueueCaseForSupervisors;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.CasePage;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.CaseSummary;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.portal.casefile.CaseSteps;
import org.springframework.stereotype.Service;

/**
 * A disabled account hands its open cases to their branches' supervisors' queues (ADR 20): each case records why
 * ({@code CaseQueuedForSupervisors}), in the name of the administrator who disabled the account.
 */
@Service
public class SupervisorsQueue {

    private final QueryGateway queries;
    private final CaseSteps steps;

    SupervisorsQueue(QueryGateway queries, CaseSteps steps) {
        this.queries = queries;
        this.steps = steps;
    }

    /** Answers how many open cases went to a queue. */
    public int handOverOpenCasesOf(String login, Principal acting) {
        var handled = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var cases = queries.query(
                            new FindCases(
                                    null, null, null, null, null, null, null, page, FindCases.MAX_PAGE_SIZE, login),
                            CasePage.class)
                    .join();
            cases.cases().stream()
                    .filter(summary -> summary.status() != CaseStatus.CLOSED)
                    .map(CaseSummary::caseId)
                    .forEach(handled::add);
            if (!cases.hasNext()) {
                break;
            }
        }
        for (var caseId : handled) {
            steps.send(
                    new QueueCaseForSupervisors(
                            CaseId.parse(caseId), new StaffMemberId(login), HandoverReason.HANDLER_ACCOUNT_DISABLED),
                    acting);
        }
        return handled.size();
    }
}
