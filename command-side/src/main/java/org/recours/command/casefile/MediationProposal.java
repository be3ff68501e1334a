package org.recours.command.casefile;

import java.time.LocalDate;
import java.util.Optional;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.StepRefused;

/**
 * The mediator's proposal (Code de la consommation, art. R612-4): when it was made, the last day the mediator set to
 * accept it (included), and each party's answer as recorded (null while missing) with its day.
 */
record MediationProposal(
        LocalDate proposedOn,
        LocalDate acceptBy,
        Boolean consumerAccepted,
        LocalDate consumerAnsweredOn,
        Boolean companyAccepted,
        LocalDate companyAnsweredOn) {

    MediationProposal(LocalDate proposedOn, LocalDate acceptBy) {
        this(proposedOn, acceptBy, null, null, null, null);
    }

    MediationProposal answered(MediationParty party, boolean accepted, LocalDate on) {
        return party == MediationParty.CONSUMER
                ? new MediationProposal(proposedOn, acceptBy, accepted, on, companyAccepted, companyAnsweredOn)
                : new MediationProposal(proposedOn, acceptBy, consumerAccepted, consumerAnsweredOn, accepted, on);
    }

    /** Whether an answer is still missing: the reminder before the last day is for such a proposal only. */
    boolean awaitingAnswers() {
        return consumerAccepted == null || companyAccepted == null;
    }

    /**
     * The outcome the answers decide, once they do: both accepted, an agreement; one refused, the proposal refused
     * (the day of the first refusal, whatever the other party says). Empty while an acceptance awaits the other's.
     */
    Optional<MediationOutcome> outcome() {
        if (Boolean.FALSE.equals(consumerAccepted) || Boolean.FALSE.equals(companyAccepted)) {
            return Optional.of(MediationOutcome.PROPOSAL_REFUSED);
        }
        if (Boolean.TRUE.equals(consumerAccepted) && Boolean.TRUE.equals(companyAccepted)) {
            return Optional.of(MediationOutcome.AGREEMENT);
        }
        return Optional.empty();
    }

    void requireAnswerable(MediationParty party, boolean accepted, LocalDate answeredOn) {
        var already = party == MediationParty.CONSUMER ? consumerAnsweredOn : companyAnsweredOn;
        if (already != null) {
            throw StepRefused.of(CaseRule.PROPOSAL_ALREADY_ANSWERED, "answered-on", party, already);
        }
        if (answeredOn.isBefore(proposedOn)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "answer-before-proposal", answeredOn, proposedOn);
        }
        if (accepted && answeredOn.isAfter(acceptBy)) {
            throw StepRefused.of(CaseRule.PROPOSAL_ACCEPTANCE_TOO_LATE, "accept-by", acceptBy, answeredOn);
        }
    }
}
