package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The mediator proposed a solution on {@code proposedOn} and set {@code acceptBy} (included) as the last day for the
 * parties to accept or refuse it (Code de la consommation, art. R612-4). What the proposal says is confidential
 * (L612-3): it is kept in the case's confidential notes, never in the event, whose data every export carries.
 * {@code mediationNumber} counts the case's mediations from 1.
 */
public record MediationProposalMade(CaseId caseId, int mediationNumber, LocalDate proposedOn, LocalDate acceptBy)
        implements CaseEvent {}
