package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * A supervisor had the mediator seized although the case shows the dispute already examined (Code de la
 * consommation, art. L612-2 3°): by a mediator ({@code ground} MEDIATION, which concluded on {@code examinedOn}) or
 * before a court ({@code ground} COURT_ACTION, filed on {@code examinedOn}); {@code examinedBy} names the mediator or
 * the court, {@code reason} says why the new request is not the same dispute (another dispute, another ground).
 * Recorded right before the request it allows.
 */
public record PriorExaminationOverridden(
        CaseId caseId, PriorExamination ground, String examinedBy, LocalDate examinedOn, String reason)
        implements CaseEvent {

    /** Where the dispute was examined before. */
    public enum PriorExamination {
        MEDIATION,
        COURT_ACTION
    }
}
