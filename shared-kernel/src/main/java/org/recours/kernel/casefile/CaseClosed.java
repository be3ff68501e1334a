package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The case ended for the consumer, with what was obtained. */
public record CaseClosed(CaseId caseId, Resolution resolution, Money amountObtained, LocalDate closedOn, String summary)
        implements CaseEvent {}
