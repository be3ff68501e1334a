package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The company received a letter, as its acknowledgement of receipt shows; the response window runs from then. */
public record LetterDelivered(CaseId caseId, int letterNumber, LocalDate deliveredOn, LocalDate responseDueOn)
        implements CaseEvent {}
