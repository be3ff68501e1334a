package org.recours.query.audittrail;

import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.MediationRequested;

/**
 * Narrative version 2 (issue 13): a mediation request no longer tells the mediator's last day as if it were fixed.
 * The 90 days of R612-5 run from the notification of the seizure (R612-2), so the date the request carries
 * (request + 90 days) is provisional. Every other step is told as in version 1.
 */
final class StepNarrativeV2 {

    private StepNarrativeV2() {}

    static StepNarrative.Sentences of(CaseEvent event) {
        if (event instanceof MediationRequested e) {
            var override = e.windowOverrideReason() == null
                    ? ""
                    : " Saisine avant la fin du délai de réponse, motif : " + e.windowOverrideReason();
            return new StepNarrative.Sentences(
                    "Médiation demandée le " + FrenchDate.of(e.requestedOn())
                            + " auprès de " + e.mediator()
                            + (e.reference() == null ? "" : " (réf. " + e.reference() + ")")
                            + ". Date provisoire de conclusion : " + FrenchDate.of(e.conclusionDueOn())
                            + " (90 jours après la demande) ; le délai de 90 jours court de la notification de la saisine "
                            + "par le médiateur (Code de la consommation, art. R612-2 et R612-5)." + override,
                    "Mediation requested on " + e.requestedOn() + " from " + e.mediator()
                            + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + ". Provisional conclusion date: " + e.conclusionDueOn() + " (90 days after the "
                            + "request); the 90 days run from the mediator's notice of seizure (Consumer Code "
                            + "art. R612-2 and R612-5)."
                            + (e.windowOverrideReason() == null
                                    ? ""
                                    : " Requested before the response window ended, reason: "
                                            + e.windowOverrideReason()));
        }
        return StepNarrative.of(event);
    }
}
