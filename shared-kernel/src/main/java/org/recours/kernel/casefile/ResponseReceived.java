package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The company answered the formal complaint; {@code offer} is null when it offered nothing. */
public record ResponseReceived(
        CaseId caseId,
        LocalDate receivedOn,
        ContactChannel channel,
        String summary,
        ResponseAssessment assessment,
        String offer)
        implements CaseEvent {}
