package org.recours.command.casefile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.PriorExaminationOverridden;
import org.recours.kernel.casefile.PriorExaminationOverridden.PriorExamination;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;

/**
 * Code de la consommation, L612-2 3°: a dispute examined before by a mediator (any outcome but "irrecevable"), or
 * being examined by a court, cannot be mediated again. The case cannot tell a dispute from another: a supervisor
 * may have the mediator seized anyway, with a reason recorded for the evidence (ADR 18).
 */
final class PriorExaminationRule {

    private final CaseId caseId;
    private final MediationHistory mediation;
    private final Collection<ComplaintCase.CourtAction> courtActions;

    PriorExaminationRule(
            CaseId caseId, MediationHistory mediation, Collection<ComplaintCase.CourtAction> courtActions) {
        this.caseId = caseId;
        this.mediation = mediation;
        this.courtActions = courtActions;
    }

    /** Refuses a request the rule forbids; answers the override to record first, empty when none was needed. */
    Optional<PriorExaminationOverridden> check(RequestMediation request, String role) {
        var examined = priorExamination();
        if (examined.isEmpty()) {
            return Optional.empty();
        }
        var prior = examined.get();
        var what = RefusalText.of(
                prior.ground() == PriorExamination.MEDIATION
                        ? "prior-examination.mediation"
                        : "prior-examination.court",
                prior.examinedBy(),
                prior.examinedOn());
        if (request.examinationOverrideReason() == null) {
            throw StepRefused.of(CaseRule.DISPUTE_ALREADY_EXAMINED, "examined", what);
        }
        if (!StaffRole.named(role).canOverrideDeadlines()) {
            throw StepRefused.of(CaseRule.EXAMINATION_OVERRIDE_REQUIRES_SUPERVISOR, "examined", what);
        }
        return Optional.of(new PriorExaminationOverridden(
                caseId, prior.ground(), prior.examinedBy(), prior.examinedOn(), request.examinationOverrideReason()));
    }

    /** A court action on file comes first (pending: the case records no judgment), then an examining mediation. */
    private Optional<Prior> priorExamination() {
        var court = courtActions.stream().min(Comparator.comparing(ComplaintCase.CourtAction::filedOn));
        if (court.isPresent()) {
            return Optional.of(new Prior(
                    PriorExamination.COURT_ACTION,
                    court.get().court(),
                    court.get().filedOn()));
        }
        return Optional.ofNullable(mediation)
                .flatMap(MediationHistory::examination)
                .map(examination ->
                        new Prior(PriorExamination.MEDIATION, examination.mediator(), examination.concludedOn()));
    }

    private record Prior(PriorExamination ground, String examinedBy, java.time.LocalDate examinedOn) {}
}
