package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.ReminderKind;

/**
 * A deadline the case set for itself, kept by the persistent DeadlineManager until it fires or the step that makes it
 * moot is recorded. {@code deadlineOn} is the legal limit, {@code remindOn} the day it fires.
 */
public record CaseDeadline(ReminderKind kind, LocalDate deadlineOn, LocalDate remindOn) {

    /** Deadlines are cancelled by family: the step that ends one ends all the reminders of its limit. */
    static final String SUPPORT_FOLLOW_UP = "support-follow-up";
    static final String RESPONSE_WINDOW = "response-window";
    static final String MEDIATION_TIME_LIMIT = "mediation-time-limit";
    static final String MEDIATOR_CONCLUSION = "mediator-conclusion";
    static final String MEDIATOR_REJECTION_WINDOW = "mediator-rejection-window";
    static final String LIMITATION = "limitation";
    static final String MEDIATION_PROPOSAL = "mediation-proposal";
    static final String[] ALL = {SUPPORT_FOLLOW_UP, RESPONSE_WINDOW, MEDIATION_TIME_LIMIT, MEDIATOR_CONCLUSION,
            MEDIATOR_REJECTION_WINDOW, LIMITATION, MEDIATION_PROPOSAL};
}
