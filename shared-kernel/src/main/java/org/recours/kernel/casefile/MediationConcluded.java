package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The mediation ended; the mediator's proposal does not bind the parties. */
public record MediationConcluded(CaseId caseId, MediationOutcome outcome, LocalDate concludedOn, String details)
        implements CaseEvent {
}
