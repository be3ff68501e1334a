package org.recours.command.casefile;

import java.time.LocalDate;
import java.util.Optional;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The latest mediation on the case as it stands after corrections: its number (from 1), its history entry, the
 * request; when the mediator received the file and notified its seizure (R612-2); the day it must conclude by
 * (R612-5: provisional, request + 90 days, until the notification; then notification + 90 days, or the date of an
 * extension); and when it concluded, how, and the entry that recorded it ({@code concludedOn} null while it runs).
 */
record MediationHistory(
        int number,
        long entry,
        String mediator,
        LocalDate requestedOn,
        String reference,
        String windowOverrideReason,
        LocalDate fileReceivedOn,
        LocalDate seizureNotifiedOn,
        LocalDate conclusionDueOn,
        Long conclusionEntry,
        MediationOutcome outcome,
        LocalDate concludedOn,
        String details,
        MediationProposal proposal,
        Examination earlierExamination) {

    /** A mediation that examined the dispute (L612-2 3°): its mediator, when and how it ended. */
    record Examination(String mediator, LocalDate concludedOn, MediationOutcome outcome) {}

    /** The first mediation of a case. */
    MediationHistory(
            long entry, String mediator, LocalDate requestedOn, String reference, String windowOverrideReason) {
        this(
                1,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                null,
                null,
                LegalDeadlines.mediatorConclusionDue(requestedOn),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The next mediation of the case, which remembers whether an earlier one examined the dispute. */
    MediationHistory next(
            long requestEntry,
            String nextMediator,
            LocalDate nextRequestedOn,
            String nextReference,
            String nextWindowOverrideReason) {
        return new MediationHistory(
                number + 1,
                requestEntry,
                nextMediator,
                nextRequestedOn,
                nextReference,
                nextWindowOverrideReason,
                null,
                null,
                LegalDeadlines.mediatorConclusionDue(nextRequestedOn),
                null,
                null,
                null,
                null,
                null,
                examination().orElse(null));
    }

    /**
     * The mediation that examined the dispute, this one or an earlier one: any that concluded with an outcome other
     * than "irrecevable" (L612-2 3°).
     */
    Optional<Examination> examination() {
        if (!pending() && outcome != MediationOutcome.INADMISSIBLE) {
            return Optional.of(new Examination(mediator, concludedOn, outcome));
        }
        return Optional.ofNullable(earlierExamination);
    }

    boolean pending() {
        return concludedOn == null;
    }

    MediationHistory concluded(long recordedAs, MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                fileReceivedOn,
                seizureNotifiedOn,
                conclusionDueOn,
                recordedAs,
                how,
                on,
                what,
                proposal,
                earlierExamination);
    }

    MediationHistory outcomeCorrected(MediationOutcome how, LocalDate on, String what) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                fileReceivedOn,
                seizureNotifiedOn,
                conclusionDueOn,
                conclusionEntry,
                how,
                on,
                what,
                proposal,
                earlierExamination);
    }

    /** A corrected request: until the seizure is notified, its provisional conclusion date follows the request. */
    MediationHistory corrected(String correctedMediator, LocalDate correctedRequestedOn, String correctedReference) {
        var dueOn = seizureNotifiedOn == null
                ? LegalDeadlines.mediatorConclusionDue(correctedRequestedOn)
                : conclusionDueOn;
        return new MediationHistory(
                number,
                entry,
                correctedMediator,
                correctedRequestedOn,
                correctedReference,
                windowOverrideReason,
                fileReceivedOn,
                seizureNotifiedOn,
                dueOn,
                conclusionEntry,
                outcome,
                concludedOn,
                details,
                proposal,
                earlierExamination);
    }

    MediationHistory fileReceived(LocalDate receivedOn) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                receivedOn,
                seizureNotifiedOn,
                conclusionDueOn,
                conclusionEntry,
                outcome,
                concludedOn,
                details,
                proposal,
                earlierExamination);
    }

    MediationHistory seizureNotified(LocalDate notifiedOn, LocalDate dueOn) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                fileReceivedOn,
                notifiedOn,
                dueOn,
                conclusionEntry,
                outcome,
                concludedOn,
                details,
                proposal,
                earlierExamination);
    }

    MediationHistory extended(LocalDate dueOn) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                fileReceivedOn,
                seizureNotifiedOn,
                dueOn,
                conclusionEntry,
                outcome,
                concludedOn,
                details,
                proposal,
                earlierExamination);
    }

    MediationHistory withProposal(MediationProposal changed) {
        return new MediationHistory(
                number,
                entry,
                mediator,
                requestedOn,
                reference,
                windowOverrideReason,
                fileReceivedOn,
                seizureNotifiedOn,
                conclusionDueOn,
                conclusionEntry,
                outcome,
                concludedOn,
                details,
                changed,
                earlierExamination);
    }

    /** The proposal awaiting the parties' answers (the mediation is pending: CaseStep), or a refusal naming R612-4. */
    MediationProposal requireProposalAwaitingAnswers() {
        if (proposal == null) {
            throw new StepRefused(CaseRule.NO_PENDING_PROPOSAL);
        }
        return proposal;
    }

    /** A proposal of the pending mediation (CaseStep checked it is pending): one, dated within the mediation. */
    void requireProposable(LocalDate proposedOn, LocalDate acceptBy) {
        if (proposal != null) {
            throw StepRefused.of(CaseRule.PROPOSAL_ALREADY_MADE, "proposed-on", proposal.proposedOn());
        }
        var earliest = seizureNotifiedOn != null ? seizureNotifiedOn : requestedOn;
        if (proposedOn.isBefore(earliest)) {
            throw StepRefused.of(
                    CaseRule.DATE_OUT_OF_ORDER,
                    seizureNotifiedOn != null ? "proposal-before-seizure" : "proposal-before-request",
                    proposedOn,
                    earliest);
        }
        if (acceptBy.isBefore(proposedOn)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "accept-by-before-proposal", acceptBy, proposedOn);
        }
    }

    /** The outcome a proposal requires the existing outcome step to leave to the answers (R612-4). */
    void requireOutcomeNotFromAnswers(MediationOutcome recorded) {
        if (proposal != null
                && (recorded == MediationOutcome.AGREEMENT || recorded == MediationOutcome.PROPOSAL_REFUSED)) {
            throw StepRefused.of(CaseRule.OUTCOME_FOLLOWS_FROM_ANSWERS, "proposed-on", proposal.proposedOn());
        }
    }

    /** Whether the three weeks to reject the request (L612-2) still call for a reminder. */
    boolean awaitingSeizureNotice() {
        return pending() && fileReceivedOn != null && seizureNotifiedOn == null;
    }

    /**
     * The pending mediation's own checks on dates; whether the case allows its steps at all (a mediation pending, a
     * step not yet recorded) is {@link org.recours.kernel.casefile.CaseStep}'s to say.
     */
    void requireConcludedAfterRequest(LocalDate on) {
        requireConcludedAfter(on, requestedOn);
    }

    /** A corrected request date may not come after the mediation's recorded conclusion. */
    void requireConcludedAfter(LocalDate correctedRequestedOn) {
        if (concludedOn != null) {
            requireConcludedAfter(concludedOn, correctedRequestedOn);
        }
    }

    void requireFileReceivable(LocalDate receivedOn) {
        if (receivedOn.isBefore(requestedOn)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "file-before-request", receivedOn, requestedOn);
        }
    }

    void requireSeizureNotifiable(LocalDate notifiedOn) {
        var earliest = fileReceivedOn != null ? fileReceivedOn : requestedOn;
        if (notifiedOn.isBefore(earliest)) {
            throw StepRefused.of(
                    CaseRule.DATE_OUT_OF_ORDER,
                    fileReceivedOn != null ? "seizure-before-file" : "seizure-before-request",
                    notifiedOn,
                    earliest);
        }
    }

    void requireExtensible(LocalDate notifiedOn, LocalDate extendedUntil) {
        if (notifiedOn.isBefore(seizureNotifiedOn)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "extension-before-seizure", notifiedOn, seizureNotifiedOn);
        }
        if (!extendedUntil.isAfter(conclusionDueOn)) {
            throw StepRefused.of(CaseRule.EXTENSION_MUST_POSTPONE, "due-on", conclusionDueOn, extendedUntil);
        }
    }

    private static void requireConcludedAfter(LocalDate concluded, LocalDate requested) {
        if (concluded.isBefore(requested)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "mediation-end", concluded, requested);
        }
    }
}
