package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The case left its handler for its branch's supervisors' queue ({@code queue}, see
 * {@link StaffMemberId#supervisorsQueue}), for the reason given: until a supervisor hands it on, the queue handles it
 * (ADR 20).
 */
public record CaseQueuedForSupervisors(
        CaseId caseId,
        BranchId branch,
        StaffMemberId queue,
        StaffMemberId previousHandler,
        HandoverReason reason,
        LocalDate queuedOn)
        implements CaseEvent {}
