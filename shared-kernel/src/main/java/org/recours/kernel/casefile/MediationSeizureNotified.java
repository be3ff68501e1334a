package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The mediator notified the parties that it is seized, having received all the documents (Code de la consommation,
 * art. R612-2). The mediator's 90 days (R612-5) run from that notification: {@code conclusionDueOn} is their last
 * day, included. {@code reference} is the mediator's file number, null when the notice gives none.
 */
public record MediationSeizureNotified(CaseId caseId, LocalDate notifiedOn, String reference, LocalDate conclusionDueOn)
        implements CaseEvent {}
