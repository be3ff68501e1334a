package org.recours.kernel.casefile;

import java.time.LocalDate;

/** A closed case was taken up again. */
public record CaseReopened(CaseId caseId, LocalDate reopenedOn, String reason) implements CaseEvent {}
