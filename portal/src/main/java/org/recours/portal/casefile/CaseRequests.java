package org.recours.portal.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ConciliationOutcome;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.SendingMethod;

/** The JSON bodies of the case API; the commands they become check them. */
final class CaseRequests {

    private CaseRequests() {}

    /** {@code agreedToReminders}: the consumer wants the case's reminders by email (absent means no). */
    record Consumer(String fullName, String email, String phone, String postalAddress, Boolean agreedToReminders) {}

    /**
     * {@code handler}: who handles the case, a supervisor's choice (absent: whoever files it); {@code factsKnownOn}:
     * when the consumer knew the facts (Code civil, art. 2224), if known.
     */
    record FileComplaint(
            Consumer consumer,
            String companyId,
            Category category,
            String facts,
            BigDecimal amountAtStake,
            String desiredOutcome,
            String branch,
            String handler,
            LocalDate factsKnownOn) {

        FileComplaint(
                Consumer consumer,
                String companyId,
                Category category,
                String facts,
                BigDecimal amountAtStake,
                String desiredOutcome,
                String branch) {
            this(consumer, companyId, category, facts, amountAtStake, desiredOutcome, branch, null, null);
        }
    }

    record HelpCentreConsultation(LocalDate consultedOn, String findings) {}

    record SupportContact(
            ContactChannel channel, LocalDate contactedOn, String ticketReference, String summary, String outcome) {}

    /** {@code depositedAt}: an electronic registered letter's time of deposit, from its proof (required for one). */
    record Letter(
            String addressee, LocalDate sentOn, SendingMethod method, String trackingNumber, Instant depositedAt) {}

    /** {@code receivedAt}: an electronic registered letter's time of receipt, from its proof. */
    record Delivery(LocalDate deliveredOn, Instant receivedAt) {}

    /** The post returned the letter: unclaimed ("pli avisé et non réclamé") or refused. */
    record LetterReturn(LetterReturnReason reason, LocalDate firstPresentedOn, LocalDate returnedOn) {}

    record Conciliation(String conciliator, LocalDate requestedOn, String reference) {}

    /** {@code heldOn}: the first meeting of the latest conciliation (Code civil, art. 2238). */
    record ConciliationFirstMeeting(LocalDate heldOn) {}

    record ConciliationOutcomeRecord(ConciliationOutcome outcome, LocalDate concludedOn, String details) {}

    /** {@code reason}: required when a date already recorded changes. */
    record FactsKnown(LocalDate knownOn, String reason) {}

    /** A court action's claim: {@code monetary} (a sum of money) with its {@code amount} in euros, or not. */
    record Claim(Boolean monetary, BigDecimal amount) {

        CourtClaim toClaim() {
            Require.present("claim.monetary", monetary);
            // an amount sent with a claim that is not a sum is refused, not dropped
            return monetary
                    ? CourtClaim.ofSum(new Money(Require.present("claim.amount", amount)))
                    : new CourtClaim(false, amount == null ? null : new Money(amount));
        }
    }

    record Response(
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer) {}

    /**
     * {@code windowOverrideReason}: a supervisor's reason to seize the mediator before the response window ends;
     * {@code examinationOverrideReason}: a supervisor's reason to seize it although the case shows the dispute
     * already examined by a mediator or before a court (L612-2 3°).
     */
    record Mediation(
            String mediator,
            LocalDate requestedOn,
            String reference,
            String windowOverrideReason,
            String examinationOverrideReason) {}

    /**
     * {@code acceptBy}: the last day the mediator set to accept its proposal (R612-4), included; {@code content}, what
     * it proposes, optional: kept as a confidential note (L612-3), never in the event.
     */
    record MediationProposal(LocalDate proposedOn, LocalDate acceptBy, String content) {}

    /** {@code named}: whether the answer named the company's consumer mediator (L616-1); {@code mediator}: which. */
    record MediatorNaming(Boolean named, String mediator) {}

    /** {@code accepted}: true when the party accepted the proposal, false when it refused it. */
    record ProposalAnswer(MediationParty party, Boolean accepted, LocalDate answeredOn) {}

    /**
     * {@code details}, optional: what the mediator found, confidential (L612-3): kept as a confidential note on the
     * recorded outcome, never in the history or the exports unless the parties agree.
     */
    record MediationOutcomeRecord(MediationOutcome outcome, LocalDate concludedOn, String details) {}

    record MediationFileReceipt(LocalDate receivedOn) {}

    /** {@code reference}: the mediator's file number on the notice, if it gives one. */
    record MediationSeizureNotice(LocalDate notifiedOn, String reference) {}

    /** {@code extendedUntil}: the mediator's new last day, included. */
    record MediationExtension(LocalDate notifiedOn, LocalDate extendedUntil) {}

    /**
     * CPC art. 750-1: a claim for a sum of 5,000 euros or less needs a prior attempt on file, or
     * {@code participatoryProcedure}, or an {@code exemption} with {@code exemptionDetails}, or
     * {@code filedAnywayReason} (the action was filed without one: the case then shows the risk).
     */
    record CourtAction(
            String court,
            LocalDate filedOn,
            String reference,
            String summary,
            Claim claim,
            String participatoryProcedure,
            AmicableAttemptExemption exemption,
            String exemptionDetails,
            String filedAnywayReason) {}

    record Note(String text) {}

    record Closure(Resolution resolution, BigDecimal amountObtained, String summary) {}

    record LetterCorrection(
            long entry,
            String addressee,
            LocalDate sentOn,
            SendingMethod method,
            String trackingNumber,
            String reason) {}

    record ComplaintCorrection(
            long entry,
            Category category,
            String facts,
            BigDecimal amountAtStake,
            String desiredOutcome,
            String reason) {}

    record DeliveryCorrection(long entry, LocalDate deliveredOn, String reason) {}

    record ResponseCorrection(
            long entry,
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer,
            String reason) {}

    record SupportContactCorrection(
            long entry,
            ContactChannel channel,
            LocalDate contactedOn,
            String ticketReference,
            String summary,
            String outcome,
            String reason) {}

    record MediationRequestCorrection(
            long entry, String mediator, LocalDate requestedOn, String reference, String reason) {}

    record HelpCentreCorrection(long entry, LocalDate consultedOn, String findings, String reason) {}

    /** {@code entry}: the claim's entry ({@code CourtClaimStated}); the other fields as for a court action. */
    record CourtClaimCorrection(
            long entry,
            Claim claim,
            String participatoryProcedure,
            AmicableAttemptExemption exemption,
            String exemptionDetails,
            String filedAnywayReason,
            String reason) {}

    record ConciliationCorrection(
            long entry, String conciliator, LocalDate requestedOn, String reference, String reason) {}

    record ConciliationOutcomeCorrection(
            long entry, ConciliationOutcome outcome, LocalDate concludedOn, String details, String reason) {}

    /** {@code returnReason}: why the post returned the letter; {@code reason}: why it is corrected. */
    record LetterReturnCorrection(
            long entry,
            LetterReturnReason returnReason,
            LocalDate firstPresentedOn,
            LocalDate returnedOn,
            String reason) {}

    /** {@code details}, optional: a confidential note on the correction (L612-3), as for the outcome. */
    record MediationOutcomeCorrection(
            long entry, MediationOutcome outcome, LocalDate concludedOn, String details, String reason) {}

    record CourtActionCorrection(
            long entry, String court, LocalDate filedOn, String reference, String summary, String reason) {}

    record ClosureCorrection(
            long entry,
            Resolution resolution,
            BigDecimal amountObtained,
            LocalDate closedOn,
            String summary,
            String reason) {}

    record Reopening(String reason) {}
}
