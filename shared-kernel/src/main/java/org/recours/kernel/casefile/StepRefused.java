package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A step the case does not allow now: it names the rule, and the date from which the step becomes possible
 * when there is one.
 */
public class StepRefused extends RuntimeException {

    private final CaseRule rule;
    private final transient LocalDate possibleFrom;

    public StepRefused(CaseRule rule, String message) {
        this(rule, message, null);
    }

    public StepRefused(CaseRule rule, String message, LocalDate possibleFrom) {
        super(message);
        this.rule = rule;
        this.possibleFrom = possibleFrom;
    }

    public CaseRule rule() {
        return rule;
    }

    public Optional<LocalDate> possibleFrom() {
        return Optional.ofNullable(possibleFrom);
    }
}
