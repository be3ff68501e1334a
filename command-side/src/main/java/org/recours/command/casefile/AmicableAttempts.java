package org.recours.command.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.law.CourtThresholds;
import org.recours.kernel.law.Limitation;

/**
 * The amicable attempts on the case as they stand after corrections: conciliations by a conciliateur de justice and
 * the mediations' seizure and end, by number. They answer two questions of the court stage: whether a claim may go
 * to court under Code de procédure civile, art. 750-1, and for how long mediations suspended the limitation period
 * (Code civil, art. 2238).
 */
final class AmicableAttempts {

    /** A conciliation; {@code firstMeetingOn}: its first meeting, which suspends the limitation (art. 2238). */
    record Conciliation(
            int number,
            String conciliator,
            LocalDate requestedOn,
            String reference,
            ConciliationOutcome outcome,
            LocalDate concludedOn,
            LocalDate firstMeetingOn) {

        Conciliation requestCorrected(
                String correctedConciliator, LocalDate correctedRequestedOn, String correctedReference) {
            return new Conciliation(
                    number,
                    correctedConciliator,
                    correctedRequestedOn,
                    correctedReference,
                    outcome,
                    concludedOn,
                    firstMeetingOn);
        }
    }

    record Mediation(LocalDate seizureNotifiedOn, MediationOutcome outcome, LocalDate concludedOn) {}

    /** A qualifying attempt: what it was and the day it ended. */
    record Attempt(AmicableAttemptBasis basis, LocalDate endedOn) {}

    private final TreeMap<Integer, Conciliation> conciliations = new TreeMap<>();
    private final TreeMap<Integer, Mediation> mediations = new TreeMap<>();

    /** The number of the next conciliation (one at a time: {@code CaseStep.CONCILIATION}). */
    int nextConciliation() {
        return conciliations.size() + 1;
    }

    /** The day the pending conciliation was requested, null when none is pending. */
    LocalDate pendingConciliationRequestedOn() {
        return pendingConciliation().map(Conciliation::requestedOn).orElse(null);
    }

    /** The pending conciliation ({@code CaseStep.CONCILIATION_OUTCOME} checked there is one), ending on a day after it began. */
    Conciliation requirePendingConciliation(LocalDate concludedOn) {
        var pending = pendingConciliation().orElseThrow();
        if (concludedOn.isBefore(pending.requestedOn())) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "conciliation-end", concludedOn, pending.requestedOn());
        }
        return pending;
    }

    /** Conciliation n° {@code number} as it stands. */
    Conciliation conciliation(int number) {
        return conciliations.get(number);
    }

    /** A conciliation ends ({@code concludedOn}, null while it runs) on or after the day it was requested. */
    static void requireEndsAfterRequest(Conciliation conciliation, LocalDate concludedOn) {
        if (concludedOn != null && concludedOn.isBefore(conciliation.requestedOn())) {
            throw StepRefused.of(
                    CaseRule.DATE_OUT_OF_ORDER, "conciliation-end", concludedOn, conciliation.requestedOn());
        }
    }

    void conciliationRequestCorrected(int number, String conciliator, LocalDate requestedOn, String reference) {
        conciliations.computeIfPresent(number, (n, c) -> c.requestCorrected(conciliator, requestedOn, reference));
    }

    private Optional<Conciliation> pendingConciliation() {
        return conciliations.values().stream()
                .filter(c -> c.concludedOn() == null)
                .findFirst();
    }

    void conciliationRequested(int number, String conciliator, LocalDate requestedOn, String reference) {
        conciliations.put(number, new Conciliation(number, conciliator, requestedOn, reference, null, null, null));
    }

    void conciliationConcluded(int number, ConciliationOutcome outcome, LocalDate concludedOn) {
        var requested = conciliations.get(number);
        conciliations.put(
                number,
                new Conciliation(
                        number,
                        requested.conciliator(),
                        requested.requestedOn(),
                        requested.reference(),
                        outcome,
                        concludedOn,
                        requested.firstMeetingOn()));
    }

    /**
     * The latest conciliation, whose first meeting is recorded once: on or after its request, on or before its end
     * when it ended.
     */
    Conciliation requireFirstMeetingRecordable(LocalDate heldOn) {
        var latest = conciliations.lastEntry().getValue();
        if (latest.firstMeetingOn() != null) {
            throw StepRefused.of(
                    CaseRule.CONCILIATION_MEETING_ALREADY_RECORDED, "on", latest.number(), latest.firstMeetingOn());
        }
        if (heldOn.isBefore(latest.requestedOn())) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "meeting-before-request", heldOn, latest.requestedOn());
        }
        if (latest.concludedOn() != null && heldOn.isAfter(latest.concludedOn())) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "meeting-after-end", heldOn, latest.concludedOn());
        }
        return latest;
    }

    void conciliationFirstMeeting(int number, LocalDate heldOn) {
        conciliations.computeIfPresent(
                number,
                (n, c) -> new Conciliation(
                        n, c.conciliator(), c.requestedOn(), c.reference(), c.outcome(), c.concludedOn(), heldOn));
    }

    void mediationRequested(int number) {
        mediations.put(number, new Mediation(null, null, null));
    }

    void mediationSeized(int number, LocalDate notifiedOn) {
        mediations.computeIfPresent(number, (n, m) -> new Mediation(notifiedOn, m.outcome(), m.concludedOn()));
    }

    void mediationConcluded(int number, MediationOutcome outcome, LocalDate concludedOn) {
        mediations.computeIfPresent(number, (n, m) -> new Mediation(m.seizureNotifiedOn(), outcome, concludedOn));
    }

    /**
     * What suspended the limitation period (art. 2238): the mediations whose seizure was notified (the prudent day),
     * and the conciliations from their first meeting (no written agreement to conciliate is recorded), each to its
     * end.
     */
    List<Limitation.Suspension> suspensions() {
        var fromMediations = mediations.values().stream()
                .filter(m -> m.seizureNotifiedOn() != null)
                .map(m -> new Limitation.Suspension(m.seizureNotifiedOn(), m.concludedOn()));
        var fromConciliations = conciliations.values().stream()
                .filter(c -> c.firstMeetingOn() != null)
                .map(c -> new Limitation.Suspension(c.firstMeetingOn(), c.concludedOn()));
        return java.util.stream.Stream.concat(fromMediations, fromConciliations).toList();
    }

    /**
     * The latest attempt that ended on or before {@code filedOn}: a concluded conciliation (whatever its outcome), or
     * a concluded mediation the mediator did not declare inadmissible (L612-2: it examined nothing).
     */
    Optional<Attempt> qualifyingOn(LocalDate filedOn) {
        var conciliation = conciliations.values().stream()
                .filter(c -> c.concludedOn() != null && !c.concludedOn().isAfter(filedOn))
                .map(c -> new Attempt(AmicableAttemptBasis.CONCILIATION, c.concludedOn()));
        var mediation = mediations.values().stream()
                .filter(m -> m.concludedOn() != null
                        && m.outcome() != MediationOutcome.INADMISSIBLE
                        && !m.concludedOn().isAfter(filedOn))
                .map(m -> new Attempt(AmicableAttemptBasis.MEDIATION, m.concludedOn()));
        return java.util.stream.Stream.concat(conciliation, mediation)
                .max(java.util.Comparator.comparing(Attempt::endedOn));
    }

    /**
     * Where a court action's claim stands under art. 750-1: no attempt needed, one on file, one staff declare (a
     * participatory procedure), an exemption, or none at all, which staff must confirm with a reason (a fact stays
     * recordable) and which leaves the action at risk of being declared inadmissible. Otherwise refused.
     */
    CourtClaimStated assess(CaseId caseId, int actionNumber, RecordCourtAction command) {
        var claim = command.claim();
        if (!claim.monetary()
                || !CourtThresholds.requiresPriorAmicableAttempt(claim.amount().euros())) {
            return stated(caseId, actionNumber, command, AmicableAttemptBasis.NOT_REQUIRED, null, null);
        }
        var attempt = qualifyingOn(command.filedOn());
        if (attempt.isPresent()) {
            return stated(
                    caseId,
                    actionNumber,
                    command,
                    attempt.get().basis(),
                    attempt.get().endedOn(),
                    null);
        }
        if (command.participatoryProcedure() != null) {
            return stated(
                    caseId,
                    actionNumber,
                    command,
                    AmicableAttemptBasis.PARTICIPATORY_PROCEDURE,
                    null,
                    command.participatoryProcedure());
        }
        if (command.exemption() != null) {
            return stated(
                    caseId, actionNumber, command, AmicableAttemptBasis.EXEMPTION, null, command.exemptionDetails());
        }
        if (command.filedAnywayReason() != null) {
            return stated(caseId, actionNumber, command, AmicableAttemptBasis.NONE, null, command.filedAnywayReason());
        }
        throw StepRefused.of(
                CaseRule.PRIOR_AMICABLE_ATTEMPT_REQUIRED,
                "claim",
                claim.amount(),
                command.filedOn(),
                notCounted(command.filedOn()));
    }

    /** Why an attempt on file does not count for the action filed on {@code filedOn}, if one is on file. */
    private RefusalText notCounted(LocalDate filedOn) {
        var inadmissible = mediations.values().stream()
                .filter(m -> m.outcome() == MediationOutcome.INADMISSIBLE)
                .map(Mediation::concludedOn)
                .findFirst();
        if (inadmissible.isPresent()) {
            return RefusalText.of("not-counted.inadmissible-mediation", inadmissible.get());
        }
        var running = mediations.values().stream()
                        .anyMatch(
                                m -> m.concludedOn() == null || m.concludedOn().isAfter(filedOn))
                || conciliations.values().stream()
                        .anyMatch(
                                c -> c.concludedOn() == null || c.concludedOn().isAfter(filedOn));
        return RefusalText.of(running ? "not-counted.running" : "not-counted.none");
    }

    private static CourtClaimStated stated(
            CaseId caseId,
            int actionNumber,
            RecordCourtAction command,
            AmicableAttemptBasis basis,
            LocalDate endedOn,
            String justification) {
        return new CourtClaimStated(
                caseId,
                actionNumber,
                command.claim(),
                basis,
                endedOn,
                basis == AmicableAttemptBasis.EXEMPTION ? command.exemption() : null,
                justification,
                basis.inadmissibilityRisk());
    }
}
