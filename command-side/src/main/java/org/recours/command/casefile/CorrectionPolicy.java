package org.recours.command.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;

/**
 * Who may correct a recorded step (ADR 13): staff of the case's branch within {@link #STAFF_CORRECTION_PERIOD} of the
 * step's recording, while the mistake is fresh and before the evidence has likely been handed out; supervisors and
 * administrators at any time. The system corrects nothing. Every correction carries its reason.
 */
final class CorrectionPolicy {

    static final Duration STAFF_CORRECTION_PERIOD = Duration.ofDays(90);

    private CorrectionPolicy() {}

    static void requireMayCorrect(String role, Instant entryRecordedAt, Instant now) {
        var staffRole = Arrays.stream(StaffRole.values())
                .filter(known -> known.name().equals(role))
                .findFirst();
        if (staffRole.isPresent() && staffRole.get().canOverrideDeadlines()) {
            return;
        }
        if (staffRole.isEmpty()
                || entryRecordedAt == null
                || now.isAfter(entryRecordedAt.plus(STAFF_CORRECTION_PERIOD))) {
            throw new StepRefused(CaseRule.CORRECTION_REQUIRES_SUPERVISOR);
        }
    }
}
