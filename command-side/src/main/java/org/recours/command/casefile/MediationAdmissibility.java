package org.recours.command.casefile;

import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.CaseStanding;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;

/**
 * Code de la consommation, L612-2, as {@link CaseStep#MEDIATION} states it, and the one exception: a supervisor may
 * seize the mediator before the company's response window has ended, with a reason.
 */
final class MediationAdmissibility {

    private MediationAdmissibility() {}

    /** Refuses an inadmissible request; answers the override reason to record, null when none was needed. */
    static String check(CaseStanding standing, RequestMediation request, String role) {
        var refusal = CaseStep.MEDIATION.refusal(standing, request.requestedOn());
        if (refusal.isEmpty()) {
            return null;
        }
        var refused = refusal.get();
        if (refused.rule() != CaseRule.RESPONSE_WINDOW_OPEN || request.windowOverrideReason() == null) {
            throw refused;
        }
        var possibleFrom = refused.possibleFrom().orElseThrow();
        if (!StaffRole.named(role).canOverrideDeadlines()) {
            throw StepRefused.of(CaseRule.OVERRIDE_REQUIRES_SUPERVISOR, "possible-from", possibleFrom)
                    .possibleFrom(possibleFrom);
        }
        return request.windowOverrideReason();
    }
}
