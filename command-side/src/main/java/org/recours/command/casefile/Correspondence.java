package org.recours.command.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The letters exchanged with the company's head office and its answers, as they stand after every correction. The
 * first letter is the written complaint from which the legal time limits run; later letters are reminders and move
 * no deadline. Each letter and answer remembers the history entry (sequence number) that recorded it, which a
 * correction names.
 */
final class Correspondence {

    /**
     * {@code firstPresentedOn} and {@code returnReason}: set when the post returned a registered letter undelivered
     * (unclaimed or refused) after presenting it; null otherwise.
     */
    record Letter(
            int number,
            long sentEntry,
            HeadOffice addressee,
            LocalDate sentOn,
            SendingMethod method,
            TrackingNumber trackingNumber,
            Long deliveredEntry,
            LocalDate deliveredOn,
            LocalDate firstPresentedOn,
            LetterReturnReason returnReason) {

        Letter(
                int number,
                long sentEntry,
                HeadOffice addressee,
                LocalDate sentOn,
                SendingMethod method,
                TrackingNumber trackingNumber,
                Long deliveredEntry,
                LocalDate deliveredOn) {
            this(number, sentEntry, addressee, sentOn, method, trackingNumber, deliveredEntry, deliveredOn, null, null);
        }

        Letter deliveredOn(long entry, LocalDate date) {
            return new Letter(
                    number,
                    sentEntry,
                    addressee,
                    sentOn,
                    method,
                    trackingNumber,
                    entry,
                    date,
                    firstPresentedOn,
                    returnReason);
        }

        Letter returned(LetterReturnReason reason, LocalDate presentedOn) {
            return new Letter(
                    number,
                    sentEntry,
                    addressee,
                    sentOn,
                    method,
                    trackingNumber,
                    deliveredEntry,
                    deliveredOn,
                    presentedOn,
                    reason);
        }

        Letter sent(
                HeadOffice newAddressee,
                LocalDate newSentOn,
                SendingMethod newMethod,
                TrackingNumber newTrackingNumber) {
            return new Letter(
                    number,
                    sentEntry,
                    newAddressee,
                    newSentOn,
                    newMethod,
                    newTrackingNumber,
                    deliveredEntry,
                    deliveredOn,
                    firstPresentedOn,
                    returnReason);
        }

        /**
         * The response window runs from receipt when the acknowledgement is known; from the first presentation when
         * the letter came back unclaimed or refused (it still reached the company's door); else from sending.
         */
        LocalDate responseWindowStart() {
            return deliveredOn != null ? deliveredOn : firstPresentedOn != null ? firstPresentedOn : sentOn;
        }
    }

    record Response(
            int number,
            long entry,
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer) {}

    private final List<Letter> letters = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    /** The last day stated by the recorded expiry of the response window, while no later step contradicts it. */
    private LocalDate expiredResponseDueOn;
    /** The last day stated by a recorded expiry that a later step contradicted, while it is not re-established. */
    private LocalDate contradictedResponseDueOn;
    /** The earliest written contact with customer support (ADR 18), null when none is on file. */
    private LocalDate earliestWrittenContactOn;
    /** The answers for which staff recorded whether the company named its consumer mediator (L616-1). */
    private final java.util.Set<Integer> mediatorNamingChecked = new java.util.TreeSet<>();

    /** Letters are numbered in the order they were sent: a letter cannot be dated before the previous one. */
    Letter next(LocalDate sentOn) {
        if (!letters.isEmpty()) {
            var previous = letters.get(letters.size() - 1);
            if (sentOn.isBefore(previous.sentOn())) {
                throw outOfOrder("next-letter", previous.number(), previous.sentOn(), sentOn);
            }
        }
        return new Letter(letters.size() + 1, -1, null, sentOn, null, null, null, null);
    }

    Optional<Letter> writtenComplaint() {
        return letters.stream().findFirst();
    }

    boolean answered() {
        return !responses.isEmpty();
    }

    /** The earliest day the company is known to have answered, null when it has not. */
    LocalDate firstAnswerOn() {
        return responses.stream()
                .map(Response::receivedOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    boolean responseDeadlineExpired() {
        return expiredResponseDueOn != null;
    }

    LocalDate expiredResponseDueOn() {
        return expiredResponseDueOn;
    }

    /** Whether the response window of the written complaint still runs, with nobody knowing how it ends yet. */
    boolean awaitingResponse() {
        return writtenComplaint().isPresent() && !answered() && !responseDeadlineExpired();
    }

    /** The company's last day to answer (included), were {@code changed} on file as it is given. */
    LocalDate responseDueOn(Letter changed, CompanyProfile company) {
        var complaint = changed.number() == 1 ? changed : letters.get(0);
        return LegalDeadlines.responseDeadline(complaint.responseWindowStart(), company.responseWindowMonths());
    }

    LocalDate responseDueOn(CompanyProfile company) {
        return responseDueOn(writtenComplaint().orElseThrow(), company);
    }

    /**
     * The last day to seize the mediator (L612-2 4°), were {@code changed} on file as it is given: one year after the
     * earliest written complaint, the first letter or an earlier written contact with customer support (ADR 18).
     */
    LocalDate admissibleUntil(Letter changed) {
        var complaint = changed.number() == 1 ? changed : letters.get(0);
        var from = earliestWrittenContactOn != null && earliestWrittenContactOn.isBefore(complaint.sentOn())
                ? earliestWrittenContactOn
                : complaint.sentOn();
        return LegalDeadlines.mediationAdmissibleUntil(from);
    }

    /** The last day to seize the mediator, once a written complaint (a letter or a written contact) is on file. */
    Optional<LocalDate> admissibleUntil() {
        return earliestWrittenComplaintOn().map(LegalDeadlines::mediationAdmissibleUntil);
    }

    /** The earliest written complaint on file (the first letter or a written support contact), if any. */
    Optional<LocalDate> earliestWrittenComplaintOn() {
        var letter = writtenComplaint().map(Letter::sentOn);
        if (earliestWrittenContactOn == null) {
            return letter;
        }
        return Optional.of(
                letter.filter(on -> on.isBefore(earliestWrittenContactOn)).orElse(earliestWrittenContactOn));
    }

    /** The day of the earliest written contact with customer support as the contacts stand, null when none. */
    void writtenContactsChanged(LocalDate earliestOn) {
        earliestWrittenContactOn = earliestOn;
    }

    /** The first day the mediator may be seized: the company's first answer, or the day after its window's end. */
    LocalDate mediationPossibleFrom(CompanyProfile company) {
        return LegalDeadlines.mediationPossibleFrom(responseDueOn(company), firstAnswerOn());
    }

    /**
     * Whether the recorded expiry of the response window no longer holds with the case as it stands: an answer
     * received on or before the last day, or a last day moved past the one the expiry stated.
     */
    Optional<ExpiryContradiction> expiryContradiction(CompanyProfile company) {
        if (expiredResponseDueOn == null) {
            return Optional.empty();
        }
        var dueOn = responseDueOn(company);
        if (answered() && !firstAnswerOn().isAfter(dueOn)) {
            return Optional.of(ExpiryContradiction.ANSWER_RECEIVED_IN_TIME);
        }
        return dueOn.isAfter(expiredResponseDueOn) ? Optional.of(ExpiryContradiction.WINDOW_MOVED) : Optional.empty();
    }

    Letter awaitingReceipt(Integer number) {
        if (number != null) {
            return letters.stream()
                    .filter(letter ->
                            letter.number() == number && letter.deliveredOn() == null && letter.returnReason() == null)
                    .findFirst()
                    .orElseThrow(() -> StepRefused.of(CaseRule.NO_LETTER_TO_DELIVER, "number", number));
        }
        return letters.stream()
                .filter(letter -> letter.deliveredOn() == null && letter.returnReason() == null)
                .reduce((first, second) -> second)
                .orElseThrow(() -> StepRefused.of(CaseRule.NO_LETTER_TO_DELIVER, "send-first"));
    }

    /** Letter n° {@code number}, which is on file. */
    Letter letter(int number) {
        return letters.stream()
                .filter(letter -> letter.number() == number)
                .findFirst()
                .orElseThrow();
    }

    Optional<Letter> sentAsEntry(long entry) {
        return letters.stream().filter(letter -> letter.sentEntry() == entry).findFirst();
    }

    Optional<Letter> deliveredAsEntry(long entry) {
        return letters.stream()
                .filter(letter -> letter.deliveredEntry() != null && letter.deliveredEntry() == entry)
                .findFirst();
    }

    /**
     * L616-1 asks a company that rejects a complaint, in whole or in part, to name its consumer mediator: only such
     * an answer (as it stands after corrections) is checked for it, once.
     */
    void requireMediatorNamingCheckable(int responseNumber) {
        var response = responses.stream()
                .filter(answer -> answer.number() == responseNumber)
                .findFirst()
                .orElseThrow(() -> StepRefused.of(CaseRule.ANSWER_NOT_A_REJECTION, "no-such-answer", responseNumber));
        if (response.assessment() == ResponseAssessment.SATISFACTORY) {
            throw StepRefused.of(
                    CaseRule.ANSWER_NOT_A_REJECTION, "satisfactory", responseNumber, response.receivedOn());
        }
        if (mediatorNamingChecked.contains(responseNumber)) {
            throw new StepRefused(CaseRule.MEDIATOR_NAMING_ALREADY_RECORDED);
        }
    }

    void mediatorNamingChecked(int responseNumber) {
        mediatorNamingChecked.add(responseNumber);
    }

    Optional<Response> responseAsEntry(long entry) {
        return responses.stream().filter(response -> response.entry() == entry).findFirst();
    }

    /**
     * A letter's sending moved to {@code sentOn} must stay between the letters before and after it, before its own
     * receipt, and (for the written complaint) before every answer.
     */
    void requireSendingDateFits(Letter letter, LocalDate sentOn) {
        var index = letter.number() - 1;
        if (index > 0 && sentOn.isBefore(letters.get(index - 1).sentOn())) {
            throw outOfOrder(
                    "before-previous-letter",
                    letter.number(),
                    sentOn,
                    index,
                    letters.get(index - 1).sentOn());
        }
        if (index + 1 < letters.size() && sentOn.isAfter(letters.get(index + 1).sentOn())) {
            throw outOfOrder(
                    "after-next-letter",
                    letter.number(),
                    sentOn,
                    index + 2,
                    letters.get(index + 1).sentOn());
        }
        if (letter.deliveredOn() != null && letter.deliveredOn().isBefore(sentOn)) {
            throw outOfOrder("sent-after-receipt", letter.number(), letter.deliveredOn(), sentOn);
        }
        var firstAnswerOn = firstAnswerOn();
        if (letter.number() == 1 && firstAnswerOn != null && firstAnswerOn.isBefore(sentOn)) {
            throw outOfOrder("complaint-after-answer", firstAnswerOn, sentOn);
        }
    }

    void requireDeliveryDateFits(Letter letter, LocalDate deliveredOn) {
        if (deliveredOn.isBefore(letter.sentOn())) {
            throw outOfOrder("receipt-before-sending", letter.number(), deliveredOn, letter.sentOn());
        }
    }

    void requireAnswerDateFits(LocalDate receivedOn) {
        var complaint = writtenComplaint().orElseThrow(); // CaseStep.RESPONSE requires it
        if (receivedOn.isBefore(complaint.sentOn())) {
            throw outOfOrder("answer-before-complaint", receivedOn, complaint.sentOn());
        }
    }

    /** Whether a letter sent waits for its acknowledgement of receipt. */
    boolean letterAwaitingReceipt() {
        return letters.stream().anyMatch(letter -> letter.deliveredOn() == null);
    }

    /** Which of the correspondence's steps stand on the case: what a correction may name. */
    Set<CaseStep> onRecord() {
        var steps = EnumSet.noneOf(CaseStep.class);
        if (!letters.isEmpty()) {
            steps.add(CaseStep.LETTER);
        }
        if (letters.stream().anyMatch(letter -> letter.deliveredOn() != null)) {
            steps.add(CaseStep.DELIVERY);
        }
        if (answered()) {
            steps.add(CaseStep.RESPONSE);
        }
        if (letters.stream().anyMatch(letter -> letter.returnReason() != null)) {
            steps.add(CaseStep.LETTER_RETURN);
        }
        return steps;
    }

    void sent(
            long entry,
            int number,
            HeadOffice addressee,
            LocalDate sentOn,
            SendingMethod method,
            TrackingNumber trackingNumber) {
        letters.add(new Letter(number, entry, addressee, sentOn, method, trackingNumber, null, null));
    }

    void sendingCorrected(
            int number, HeadOffice addressee, LocalDate sentOn, SendingMethod method, TrackingNumber trackingNumber) {
        letters.replaceAll(
                letter -> letter.number() == number ? letter.sent(addressee, sentOn, method, trackingNumber) : letter);
    }

    void delivered(long entry, int number, LocalDate deliveredOn) {
        letters.replaceAll(letter -> letter.number() == number ? letter.deliveredOn(entry, deliveredOn) : letter);
    }

    void returned(int number, LetterReturnReason reason, LocalDate firstPresentedOn) {
        letters.replaceAll(letter -> letter.number() == number ? letter.returned(reason, firstPresentedOn) : letter);
    }

    /** A registered letter comes back after being presented, and not before it was sent. */
    void requireReturnFits(Letter letter, LocalDate firstPresentedOn, LocalDate returnedOn) {
        if (letter.method() != SendingMethod.REGISTERED
                && letter.method() != SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT
                && letter.method() != SendingMethod.ELECTRONIC_REGISTERED) {
            throw StepRefused.of(CaseRule.LETTER_NOT_REGISTERED, "method", letter.number(), letter.method());
        }
        if (firstPresentedOn.isBefore(letter.sentOn())) {
            throw outOfOrder("presented-before-sending", letter.number(), firstPresentedOn, letter.sentOn());
        }
        if (returnedOn.isBefore(firstPresentedOn)) {
            throw outOfOrder("returned-before-presented", letter.number(), returnedOn, firstPresentedOn);
        }
    }

    void deliveryCorrected(int number, LocalDate deliveredOn) {
        letters.replaceAll(letter ->
                letter.number() == number ? letter.deliveredOn(letter.deliveredEntry(), deliveredOn) : letter);
    }

    void answered(
            long entry,
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer) {
        responses.add(new Response(responses.size() + 1, entry, receivedOn, channel, summary, assessment, offer));
    }

    void answerCorrected(
            int number,
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer) {
        responses.replaceAll(response -> response.number() == number
                ? new Response(number, response.entry(), receivedOn, channel, summary, assessment, offer)
                : response);
    }

    void deadlineExpired(LocalDate responseDueOn) {
        expiredResponseDueOn = responseDueOn;
        contradictedResponseDueOn = null;
    }

    void expiryContradicted() {
        contradictedResponseDueOn = expiredResponseDueOn;
        expiredResponseDueOn = null;
    }

    /**
     * Whether a contradicted expiry holds again with the case as it stands (ADR 13): the last day is not after the
     * one the expiry stated, it has ended, and the company did not answer on or before it. A last day moved later
     * is for staff to confirm, as any window the system could not watch.
     */
    boolean expiryHoldsAgain(CompanyProfile company, LocalDate today) {
        if (contradictedResponseDueOn == null || expiredResponseDueOn != null) {
            return false;
        }
        var dueOn = responseDueOn(company);
        return !dueOn.isAfter(contradictedResponseDueOn)
                && today.isAfter(dueOn)
                && (!answered() || firstAnswerOn().isAfter(dueOn));
    }

    private static StepRefused outOfOrder(String variant, Object... arguments) {
        return StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, variant, arguments);
    }
}
