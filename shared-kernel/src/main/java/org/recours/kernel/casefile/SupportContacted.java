package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The consumer contacted the company's customer support; {@code ticketReference} is null when none was given. */
public record SupportContacted(
        CaseId caseId,
        ContactChannel channel,
        LocalDate contactedOn,
        String ticketReference,
        String summary,
        String outcome)
        implements CaseEvent {}
