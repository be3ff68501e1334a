package org.recours.command.casefile;

import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;

/**
 * Code de la consommation, L612-2: the mediator may be seized only after a written complaint to the company that
 * it answered or let go unanswered for its response window, and no later than one year after that complaint.
 */
final class MediationAdmissibility {

    private final Correspondence correspondence;
    private final CompanyProfile company;

    MediationAdmissibility(Correspondence correspondence, CompanyProfile company) {
        this.correspondence = correspondence;
        this.company = company;
    }

    /** Refuses an inadmissible request; answers the override reason to record, null when none was needed. */
    String check(RequestMediation request, String role) {
        var complaint = correspondence.writtenComplaint().orElseThrow(() -> new StepRefused(
                CaseRule.WRITTEN_COMPLAINT_REQUIRED, CaseRule.WRITTEN_COMPLAINT_REQUIRED.explanation()
                + " Envoyez d'abord une réclamation écrite au siège de " + company.name() + "."));
        if (request.requestedOn().isBefore(complaint.sentOn())) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La médiation (" + FrenchDate.of(request.requestedOn())
                    + ") ne peut pas précéder la réclamation écrite (" + FrenchDate.of(complaint.sentOn()) + ").");
        }
        var admissibleUntil = correspondence.admissibleUntil(complaint);
        if (request.requestedOn().isAfter(admissibleUntil)) {
            throw new StepRefused(CaseRule.MEDIATION_TIME_BARRED, "La médiation est irrecevable depuis le "
                    + FrenchDate.of(admissibleUntil.plusDays(1)) + " : la réclamation écrite la plus ancienne date du "
                    + FrenchDate.of(correspondence.earliestWrittenComplaintOn().orElseThrow())
                    + ", il y a plus d'un an (Code de la consommation, art. L612-2). Reste la voie judiciaire.");
        }
        var possibleFrom = correspondence.mediationPossibleFrom(company);
        if (!request.requestedOn().isBefore(possibleFrom)) {
            return null;
        }
        if (request.windowOverrideReason() == null) {
            throw new StepRefused(CaseRule.RESPONSE_WINDOW_OPEN, "La médiation n'est possible qu'à partir du "
                    + FrenchDate.of(possibleFrom) + " : " + company.name() + " a " + company.responseWindowMonths()
                    + " mois pour répondre à la réclamation écrite" + (correspondence.answered()
                    ? " et n'avait pas encore répondu à cette date." : " et n'a pas encore répondu."), possibleFrom);
        }
        if (!StaffRole.named(role).canOverrideDeadlines()) {
            throw new StepRefused(CaseRule.OVERRIDE_REQUIRES_SUPERVISOR, CaseRule.OVERRIDE_REQUIRES_SUPERVISOR
                    .explanation() + " Sans dérogation, la médiation est possible à partir du " + FrenchDate.of(possibleFrom) + ".",
                    possibleFrom);
        }
        return request.windowOverrideReason();
    }
}
