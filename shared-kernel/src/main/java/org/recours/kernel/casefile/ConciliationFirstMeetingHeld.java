package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The first meeting of conciliation n° {@code conciliationNumber} was held on {@code heldOn}: the limitation of the
 * consumer's action is suspended from that day to the conciliation's end, then runs again for no less than six months
 * (Code civil, art. 2238). {@code limitationEndsOn} is the last day to act as it stands once recorded (null while the
 * conciliation, or a mediation, suspends it, or when the day the facts were known is not on file).
 */
public record ConciliationFirstMeetingHeld(
        CaseId caseId, int conciliationNumber, LocalDate heldOn, LocalDate limitationEndsOn) implements CaseEvent {}
