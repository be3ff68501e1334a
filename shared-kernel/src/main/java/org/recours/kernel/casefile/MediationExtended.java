package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The mediator extended its time to conclude, as it may at any time for a complex dispute (Code de la consommation,
 * art. R612-5, al. 2), and notified the parties on {@code notifiedOn}: it now concludes by {@code conclusionDueOn}
 * (included), instead of {@code previousConclusionDueOn}.
 */
public record MediationExtended(
        CaseId caseId, LocalDate notifiedOn, LocalDate previousConclusionDueOn, LocalDate conclusionDueOn)
        implements CaseEvent {}
