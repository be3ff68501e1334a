package org.recours.kernel.campaign;

import java.time.LocalDate;
import org.recours.kernel.casefile.Require;

/**
 * The association's approval to bring group actions (loi n° 2025-391): its number and the day it was granted. It
 * lasts five years: {@link #validUntil()} is its last day, included.
 */
public record GroupActionStanding(String approvalNumber, LocalDate approvedOn) {

    public static final int YEARS = 5;

    public GroupActionStanding {
        approvalNumber = Require.text("approvalNumber", approvalNumber, 100);
        Require.present("approvedOn", approvedOn);
    }

    public LocalDate validUntil() {
        return approvedOn.plusYears(YEARS).minusDays(1);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(approvedOn) && !day.isAfter(validUntil());
    }
}
