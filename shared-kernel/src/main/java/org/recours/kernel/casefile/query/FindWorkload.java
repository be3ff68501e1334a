package org.recours.kernel.casefile.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Asks for the open cases each handler has (a staff member, or a branch's supervisors' queue), with their next
 * deadlines: the supervisors' workload view. {@code branch} narrows it to one branch's cases (null: every branch);
 * {@code deadlinesEach} is how many of the nearest deadlines to give per handler.
 */
public record FindWorkload(String branch, int deadlinesEach) {

    /** One handler's open cases: how many, how many past their next deadline, and the nearest deadlines. */
    public record Load(String handler, int openCases, int overdue, List<Deadline> nextDeadlines) {}

    /** A case's next deadline: the day and what falls due (a ReminderKind-like name). */
    public record Deadline(String caseId, LocalDate on, String what) {}

    /** Every handler with at least one open case, the busiest first. */
    public record Workload(List<Load> loads) {}
}
