package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff corrected the contact with the company's customer support recorded as history entry {@code correctedEntry} (the case's contact number {@code contactNumber}, counted from 1 in
 * the order they were entered):
 * the contact as it stands now ({@code ticketReference} null when none was given), and why.
 */
public record SupportContactCorrected(
        CaseId caseId,
        long correctedEntry,
        int contactNumber,
        ContactChannel channel,
        LocalDate contactedOn,
        String ticketReference,
        String summary,
        String outcome,
        String reason)
        implements CaseEvent {}
