package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * An expiry of the response window that a later step had contradicted ({@link ResponseDeadlineExpiryContradicted})
 * holds again after a correction: the company did not answer on or before its last day as it now stands
 * ({@code responseDueOn}), which has ended. {@code answeredOn} is the day its (late) answer was received, null when
 * it has not answered. Recorded in the acting staff member's name right after the correction that causes it; the
 * expiry, its contradiction and this entry all stay in the history.
 */
public record ResponseDeadlineExpiryReestablished(
        CaseId caseId,
        LocalDate responseDueOn,
        LocalDate answeredOn,
        LocalDate mediationAdmissibleUntil,
        LocalDate recordedOn)
        implements CaseEvent {}
