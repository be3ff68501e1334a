package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The consumer took the company to court; {@code reference} is null until the court gives one. */
public record CourtActionRecorded(CaseId caseId, String court, LocalDate filedOn, String reference, String summary)
        implements CaseEvent {}
