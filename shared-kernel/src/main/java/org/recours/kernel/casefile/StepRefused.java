package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A step the case does not allow now: it names the rule, what the refusal says (a key of the {@code refusals}
 * bundles and its typed arguments, {@link RefusalText}) and the date from which the step becomes possible when there
 * is one. Its message is the French wording; the pages render {@link #text()} in their own language.
 */
public class StepRefused extends RuntimeException implements KeyedRefusal {

    private final CaseRule rule;
    private final transient RefusalText text;
    private final transient LocalDate possibleFrom;

    /** The rule's explanation alone. */
    public StepRefused(CaseRule rule) {
        this(rule, RefusalText.rule(rule, null), null);
    }

    public StepRefused(CaseRule rule, RefusalText text, LocalDate possibleFrom) {
        super(text.french());
        this.rule = rule;
        this.text = text;
        this.possibleFrom = possibleFrom;
    }

    /** The rule's sentence {@code rule.X.variant} with its arguments. */
    public static StepRefused of(CaseRule rule, String variant, Object... arguments) {
        return new StepRefused(rule, RefusalText.rule(rule, variant, arguments), null);
    }

    /** The same refusal, naming the day from which the step becomes possible. */
    public StepRefused possibleFrom(LocalDate day) {
        return new StepRefused(rule, text, day);
    }

    public CaseRule rule() {
        return rule;
    }

    /** What the refusal says, to render in a page's language. */
    @Override
    public RefusalText text() {
        return text;
    }

    /** The message key ({@code rule.X} or {@code rule.X.variant}). */
    public String key() {
        return text.key();
    }

    public List<Object> arguments() {
        return text.arguments();
    }

    public Optional<LocalDate> possibleFrom() {
        return Optional.ofNullable(possibleFrom);
    }
}
