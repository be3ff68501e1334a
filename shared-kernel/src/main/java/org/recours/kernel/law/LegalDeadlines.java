package org.recours.kernel.law;

import java.time.LocalDate;
import java.time.Period;

/**
 * The time limits of the escalation path, as pure functions of the dates they run from.
 *
 * <p>A limit in months ends on the day of the last month that bears the same number as the starting day, or on
 * that month's last day when it has no such day (31 December + 2 months = 28 or 29 February), the way French
 * procedure counts them (Code de procédure civile, art. 641); {@link LocalDate#plusMonths} counts the same way.
 *
 * <p>Every limit's last day is included: whoever must act has until the end of it (24:00, Code de procédure civile,
 * art. 642, applied by analogy). What follows the end of a limit — the company's silence established, mediation
 * possible, the mediator late, the claim time-barred — starts the next day: {@link #dayAfter}.
 */
public final class LegalDeadlines {

    /** The company's and most mediators' rules, not the Code: a setting per company, two months unless said. */
    public static final int DEFAULT_RESPONSE_WINDOW_MONTHS = 2;

    /** Code de la consommation, art. L612-2: the mediator must be seized within one year of the written complaint. */
    public static final Period MEDIATION_ADMISSIBILITY = Period.ofYears(1);

    /**
     * Code de la consommation, art. R612-5: the mediator concludes within 90 days of the notification of its seizure
     * (R612-2), which it sends once it has received all the documents of the file.
     */
    public static final int MEDIATOR_CONCLUSION_DAYS = 90;

    /** Code de la consommation, art. L612-2, last paragraph: the mediator rejects a request within three weeks. */
    public static final Period MEDIATOR_REJECTION_WINDOW = Period.ofWeeks(3);

    private LegalDeadlines() {}

    /** The first day after a time limit whose last day is {@code lastDay}: what its end opens starts then. */
    public static LocalDate dayAfter(LocalDate lastDay) {
        return lastDay.plusDays(1);
    }

    /**
     * The first day the mediator may be seized for lack of a satisfying answer: the day the company answered, if it
     * did within its window, else the day after its last day ({@code firstAnswerOn} null when it has not answered).
     */
    public static LocalDate mediationPossibleFrom(LocalDate responseDueOn, LocalDate firstAnswerOn) {
        var silenceFrom = dayAfter(responseDueOn);
        return firstAnswerOn != null && firstAnswerOn.isBefore(silenceFrom) ? firstAnswerOn : silenceFrom;
    }

    /**
     * The last day the company has to answer a formal complaint (included); its silence is established, and
     * mediation possible, from the next day.
     *
     * @param receivedOn the day the company received the letter (acknowledgement of receipt), or the day it was
     *                   sent when no receipt is known
     */
    public static LocalDate responseDeadline(LocalDate receivedOn, int windowMonths) {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("a response window lasts at least one month: " + windowMonths);
        }
        return receivedOn.plusMonths(windowMonths);
    }

    /** The last day on which a consumer mediator may still be seized (L612-2). */
    public static LocalDate mediationAdmissibleUntil(LocalDate writtenComplaintOn) {
        return writtenComplaintOn.plus(MEDIATION_ADMISSIBILITY);
    }

    /**
     * The day by which the mediator must have concluded (R612-5), counted from the notification of its seizure
     * (R612-2). Before that notification is known, counted from the request, the date is only provisional.
     */
    public static LocalDate mediatorConclusionDue(LocalDate seizureNotifiedOn) {
        return seizureNotifiedOn.plusDays(MEDIATOR_CONCLUSION_DAYS);
    }

    /** The last day (included) on which the mediator may tell the consumer it rejects the request (L612-2). */
    public static LocalDate mediatorRejectionDue(LocalDate fileReceivedOn) {
        return fileReceivedOn.plus(MEDIATOR_REJECTION_WINDOW);
    }
}
