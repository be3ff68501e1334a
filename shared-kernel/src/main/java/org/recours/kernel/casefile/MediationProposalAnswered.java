package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * A party answered the mediator's proposal of mediation {@code mediationNumber} on {@code answeredOn}: accepted it
 * or refused it (R612-4). {@code acceptBy} is the last day the mediator set; an acceptance is dated on or before it,
 * a refusal may be recorded after it (a party that let the day pass without accepting refused).
 */
public record MediationProposalAnswered(
        CaseId caseId,
        int mediationNumber,
        MediationParty party,
        boolean accepted,
        LocalDate answeredOn,
        LocalDate acceptBy)
        implements CaseEvent {}
