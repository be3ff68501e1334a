package org.recours.query.audittrail;

import static org.recours.query.audittrail.StepNarrative.english;

import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.query.audittrail.StepNarrative.Sentences;

/**
 * Narrative version 5 (ADR 24): the English history gives every date in words ("1 March 2027"), as the French one
 * does ("1er mars 2027"): the steps of the mediation stage (file received, seizure notified, time extended), the court
 * action, the closure, a reminder and an erasure, which version 4 still dated "2027-03-01"; and the day the facts
 * were known names the conciliation beside the mediation among what suspends the limitation (art. 2238). Every other
 * step is told as in version 4.
 */
final class StepNarrativeV5 {

    private StepNarrativeV5() {}

    static Sentences of(CaseEvent event) {
        var v4 = StepNarrativeV4.of(event);
        if (event instanceof MediationFileReceived e) {
            return new Sentences(
                    v4.french(),
                    "Mediator received the file on " + english(e.receivedOn())
                            + ". It may reject the request until " + english(e.rejectionDueOn())
                            + " (three weeks, Consumer Code art. L612-2).");
        }
        if (event instanceof MediationSeizureNotified e) {
            return new Sentences(
                    v4.french(),
                    "Mediator's seizure notified to the parties on "
                            + english(e.notifiedOn()) + (e.reference() == null ? "" : " (ref. " + e.reference() + ")")
                            + " (Consumer Code art. R612-2). The mediator must conclude by "
                            + english(e.conclusionDueOn())
                            + ", 90 days after that notice (art. R612-5).");
        }
        if (event instanceof MediationExtended e) {
            return new Sentences(
                    v4.french(),
                    "Mediator's time extended on " + english(e.notifiedOn()) + " until "
                            + english(e.conclusionDueOn()) + " (instead of " + english(e.previousConclusionDueOn())
                            + "; complex dispute, Consumer Code art. R612-5 para. 2).");
        }
        if (event instanceof CourtActionRecorded e) {
            return new Sentences(
                    v4.french(),
                    "Court action filed on " + english(e.filedOn()) + " before "
                            + e.court() + (e.reference() == null ? "" : " (ref. " + e.reference() + ")") + ": "
                            + e.summary());
        }
        if (event instanceof CaseClosed e) {
            return new Sentences(
                    v4.french(),
                    "Case closed on " + english(e.closedOn()) + ": "
                            + e.resolution().name().toLowerCase().replace('_', ' ') + ", amount obtained "
                            + e.amountObtained() + ". " + e.summary());
        }
        if (event instanceof ReminderDue e) {
            return new Sentences(
                    v4.french(),
                    "Reminder: " + e.kind().name().toLowerCase().replace('_', ' ') + ", deadline "
                            + english(e.deadlineOn()) + ".");
        }
        if (event instanceof FactsKnownDateRecorded e) {
            // a conciliation suspends the limitation too, from its first meeting (art. 2238, ADR 24)
            var endsFr = e.limitationEndsOn() == null
                    ? "suspendue par la médiation ou la conciliation en cours"
                    : "acquise après le " + FrenchDate.of(e.limitationEndsOn());
            var endsEn = e.limitationEndsOn() == null
                    ? "suspended by the mediation or conciliation under way"
                    : "the action is time-barred after " + english(e.limitationEndsOn());
            var changed = e.previouslyKnownOn() == null
                    ? ""
                    : " (au lieu du " + FrenchDate.of(e.previouslyKnownOn()) + " ; motif : " + e.reason() + ")";
            var changedEn = e.previouslyKnownOn() == null
                    ? ""
                    : " (instead of " + english(e.previouslyKnownOn()) + "; reason: " + e.reason() + ")";
            return new Sentences(
                    "Faits connus du consommateur le " + FrenchDate.of(e.knownOn()) + changed
                            + ". Prescription de l'action : " + endsFr
                            + " (cinq ans, Code civil, art. 2224 ; suspensions "
                            + "par la médiation ou la conciliation, art. 2238).",
                    "The consumer knew the facts on "
                            + english(e.knownOn()) + changedEn + ". Limitation of the action: " + endsEn
                            + " (five years, "
                            + "Civil Code art. 2224; suspended by mediation or conciliation, art. 2238).");
        }
        if (event instanceof PersonalDataErased e) {
            return new Sentences(
                    v4.french(),
                    "Consumer's personal data erased on " + english(e.erasedOn()) + " at their request (GDPR art. 17): "
                            + e.reason());
        }
        return v4;
    }
}
