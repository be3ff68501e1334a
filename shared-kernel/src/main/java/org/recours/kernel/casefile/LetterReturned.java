package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * The post returned a registered letter undelivered ({@code reason}): first presented to the addressee on
 * {@code firstPresentedOn}, sent back on {@code returnedOn}. It still counts as the written complaint; the response
 * window runs from its first presentation ({@code responseDueOn} its last day as it stands once recorded).
 */
public record LetterReturned(
        CaseId caseId,
        int letterNumber,
        LetterReturnReason reason,
        LocalDate firstPresentedOn,
        LocalDate returnedOn,
        LocalDate responseDueOn)
        implements CaseEvent {}
