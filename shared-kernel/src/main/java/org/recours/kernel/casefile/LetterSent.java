package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * A formal written complaint went to one of the company's head offices. Letter number 1 is the written complaint
 * from which the legal time limits run; {@code responseDueOn} is the last day for the company's answer as it
 * stands once this letter is sent. {@code trackingNumber} is null for an untracked sending method.
 */
public record LetterSent(
        CaseId caseId,
        int letterNumber,
        HeadOffice addressee,
        LocalDate sentOn,
        SendingMethod method,
        TrackingNumber trackingNumber,
        LocalDate responseDueOn,
        LocalDate mediationAdmissibleUntil)
        implements CaseEvent {}
