package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The consumer's personal data was erased on their request (GDPR, art. 17): the case keeps its history and its
 * chain, and nothing personal about the consumer can be read any more.
 */
public record PersonalDataErased(CaseId caseId, ConsumerId consumer, LocalDate erasedOn, String reason)
        implements CaseEvent {}
