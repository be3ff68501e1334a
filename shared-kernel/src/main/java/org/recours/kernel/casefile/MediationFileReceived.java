package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The mediator received the consumer's file. From that day it has three weeks to tell the consumer that it rejects
 * the request (Code de la consommation, art. L612-2, last paragraph): {@code rejectionDueOn} is the last day of those
 * three weeks, included.
 */
public record MediationFileReceived(CaseId caseId, LocalDate receivedOn, LocalDate rejectionDueOn)
        implements CaseEvent {}
