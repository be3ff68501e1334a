package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The case was handed to another staff member, who now handles it and gets its reminders. A case filed before this
 * event existed is handled by its filer ({@link ComplaintFiled#filedBy()}): that first handler is derived, never
 * stored.
 */
public record CaseHandlerAssigned(
        CaseId caseId, StaffMemberId handler, StaffMemberId previousHandler, LocalDate assignedOn)
        implements CaseEvent {}
