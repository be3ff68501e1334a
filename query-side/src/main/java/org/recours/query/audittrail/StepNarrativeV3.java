package org.recours.query.audittrail;

import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcomeCorrected;

/**
 * Narrative version 3 (issue 13, ADR 18). What was said in a mediation is confidential (Code de la consommation,
 * art. L612-3): the end of a mediation, and its correction, are told in a neutral summary ("médiation terminée le …,
 * proposition refusée") without the details, which the case keeps in a confidential note. Every other step is told
 * as in version 2.
 */
final class StepNarrativeV3 {

    private StepNarrativeV3() {}

    static StepNarrative.Sentences of(CaseEvent event) {
        if (event instanceof MediationConcluded e) {
            return new StepNarrative.Sentences(
                    "Médiation terminée le " + FrenchDate.of(e.concludedOn()) + ", "
                            + e.outcome().labelFr()
                            + ". Le détail est confidentiel (Code de la consommation, art. L612-3).",
                    "Mediation concluded on " + StepNarrative.english(e.concludedOn()) + ", "
                            + e.outcome().name().toLowerCase().replace('_', ' ')
                            + ". The details are confidential (Consumer Code art. L612-3).");
        }
        if (event instanceof MediationOutcomeCorrected e) {
            return StepNarrative.corrected(
                    e.correctedEntry(),
                    "issue de la médiation",
                    "mediation outcome",
                    "terminée le " + FrenchDate.of(e.concludedOn()) + ", "
                            + e.outcome().labelFr() + " (détail confidentiel, art. L612-3)",
                    "concluded on " + StepNarrative.english(e.concludedOn()) + ", "
                            + e.outcome().name().toLowerCase().replace('_', ' ')
                            + " (details confidential, art. L612-3)",
                    e.reason());
        }
        return StepNarrativeV2.of(event);
    }
}
