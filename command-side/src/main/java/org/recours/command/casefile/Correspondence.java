package org.recours.command.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The letters exchanged with the company's head office and its answer. The first letter is the written complaint
 * from which the legal time limits run; later letters are reminders and move no deadline.
 */
final class Correspondence {

    record Letter(int number, LocalDate sentOn, LocalDate deliveredOn) {

        Letter deliveredOn(LocalDate date) {
            return new Letter(number, sentOn, date);
        }

        /** The response window runs from receipt when the acknowledgement is known, else from sending. */
        LocalDate responseWindowStart() {
            return deliveredOn != null ? deliveredOn : sentOn;
        }
    }

    private final List<Letter> letters = new ArrayList<>();
    private LocalDate firstResponseOn;
    private boolean responseDeadlineExpired;

    /** Letters are numbered in the order they were sent: a letter cannot be dated before the previous one. */
    Letter next(LocalDate sentOn) {
        if (!letters.isEmpty()) {
            var previous = letters.get(letters.size() - 1);
            if (sentOn.isBefore(previous.sentOn())) {
                throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "Le courrier n° " + previous.number()
                        + " est parti le " + FrenchDate.of(previous.sentOn()) + " : un courrier suivant ne peut pas "
                        + "être daté d'avant (" + FrenchDate.of(sentOn) + ").");
            }
        }
        return new Letter(letters.size() + 1, sentOn, null);
    }

    Optional<Letter> writtenComplaint() {
        return letters.stream().findFirst();
    }

    boolean answered() {
        return firstResponseOn != null;
    }

    boolean responseDeadlineExpired() {
        return responseDeadlineExpired;
    }

    /** Whether the response window of the written complaint still runs, with nobody knowing how it ends yet. */
    boolean awaitingResponse() {
        return writtenComplaint().isPresent() && !answered() && !responseDeadlineExpired;
    }

    /** The company's last day to answer, once {@code changed} (just sent or just delivered) is on file. */
    LocalDate responseDueOn(Letter changed, CompanyProfile company) {
        var complaint = changed.number() == 1 ? changed : letters.get(0);
        return LegalDeadlines.responseDeadline(complaint.responseWindowStart(), company.responseWindowMonths());
    }

    LocalDate responseDueOn(CompanyProfile company) {
        return responseDueOn(writtenComplaint().orElseThrow(), company);
    }

    LocalDate admissibleUntil(Letter changed) {
        var complaint = changed.number() == 1 ? changed : letters.get(0);
        return LegalDeadlines.mediationAdmissibleUntil(complaint.sentOn());
    }

    /** The first day the mediator may be seized: the company's first answer or the end of its window, if sooner. */
    LocalDate mediationPossibleFrom(CompanyProfile company) {
        var dueOn = responseDueOn(company);
        return answered() && firstResponseOn.isBefore(dueOn) ? firstResponseOn : dueOn;
    }

    Letter awaitingReceipt(Integer number) {
        if (number != null) {
            return letters.stream().filter(letter -> letter.number() == number && letter.deliveredOn() == null)
                    .findFirst()
                    .orElseThrow(() -> new StepRefused(CaseRule.NO_LETTER_TO_DELIVER, "Le courrier n° " + number
                            + " n'existe pas ou son accusé de réception est déjà enregistré."));
        }
        return letters.stream().filter(letter -> letter.deliveredOn() == null).reduce((first, second) -> second)
                .orElseThrow(() -> new StepRefused(CaseRule.NO_LETTER_TO_DELIVER,
                        CaseRule.NO_LETTER_TO_DELIVER.explanation() + " Enregistrez d'abord l'envoi du courrier."));
    }

    /** Answers the day the window closed, if the company let it pass without a word. */
    LocalDate requireResponseOverdue(LocalDate today, CompanyProfile company) {
        if (writtenComplaint().isEmpty()) {
            throw new StepRefused(CaseRule.WRITTEN_COMPLAINT_REQUIRED,
                    "Aucune réclamation écrite n'a été envoyée : aucun délai de réponse ne court.");
        }
        if (answered()) {
            throw new StepRefused(CaseRule.RESPONSE_ALREADY_RECEIVED, CaseRule.RESPONSE_ALREADY_RECEIVED.explanation());
        }
        if (responseDeadlineExpired) {
            throw new StepRefused(CaseRule.RESPONSE_DEADLINE_ALREADY_EXPIRED,
                    CaseRule.RESPONSE_DEADLINE_ALREADY_EXPIRED.explanation());
        }
        var dueOn = responseDueOn(company);
        if (today.isBefore(dueOn)) {
            throw new StepRefused(CaseRule.RESPONSE_DEADLINE_NOT_REACHED, "L'entreprise a jusqu'au " + FrenchDate.of(dueOn)
                    + " pour répondre.", dueOn);
        }
        return dueOn;
    }

    void sent(int number, LocalDate sentOn) {
        letters.add(new Letter(number, sentOn, null));
    }

    void delivered(int number, LocalDate deliveredOn) {
        letters.replaceAll(letter -> letter.number() == number ? letter.deliveredOn(deliveredOn) : letter);
    }

    void answered(LocalDate receivedOn) {
        if (firstResponseOn == null) {
            firstResponseOn = receivedOn;
        }
    }

    void deadlineExpired() {
        responseDeadlineExpired = true;
    }
}
