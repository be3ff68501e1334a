package org.recours.command.casefile;

import java.time.LocalDate;
import org.recours.kernel.casefile.ReminderKind;

/**
 * A deadline the case set for itself, kept by the persistent DeadlineManager until it fires or the step that makes it
 * moot is recorded. {@code deadlineOn} is the legal limit, {@code remindOn} the day it fires.
 */
public record CaseDeadline(ReminderKind kind, LocalDate deadlineOn, LocalDate remindOn) {}
