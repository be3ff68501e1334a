package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * A legal time limit of the case called for a reminder and nobody had taken the step that would have made it moot:
 * {@code deadlineOn} is the limit itself (the company's last day to answer, the last day to seize the mediator…),
 * {@code remindOn} the day the reminder was due, {@code recordedOn} the day it was recorded. Recorded by the system,
 * once per (kind, deadline, reminder day).
 */
public record ReminderDue(
        CaseId caseId, ReminderKind kind, LocalDate deadlineOn, LocalDate remindOn, LocalDate recordedOn)
        implements CaseEvent {

    /** What identifies this reminder within its case, whatever day it was recorded. */
    public String reminderKey() {
        return kind + ":" + deadlineOn + ":" + remindOn;
    }
}
