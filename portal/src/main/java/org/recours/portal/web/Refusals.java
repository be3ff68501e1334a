package org.recours.portal.web;

import java.util.List;
import java.util.Locale;
import org.recours.kernel.casefile.FieldNames;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal as the page shows it, in the page's language. The rules word their refusals in French, with every detail
 * (dates, letter numbers, the company's head offices): a French page shows them as they are. Another language looks
 * the refusal up by the rule's code (the date from which the step becomes possible as its argument) or, for an entry
 * that can never be valid, by the field it concerns, and any other refusal by its class ({@code refusal.ClassName});
 * the REST API keeps the French wording.
 */
@Component
public class Refusals {

    private final MessageSource messages;
    private final Dates dates;

    Refusals(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /**
     * A refusal on a page with a form: the rules name fields as the API does ({@code « name »}); a French page names
     * them by the label its form shows.
     */
    public String describe(RuntimeException refusal, List<FormField> fields) {
        var locale = LocaleContextHolder.getLocale();
        if (refusal instanceof InvalidCaseData invalid && !(refusal instanceof MessageSourceResolvable)
                && Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            for (var field : fields) {
                if (field.name().equals(invalid.field())) {
                    var label = "« " + messages.getMessage(field.label(), null, field.label(), locale) + " »";
                    return refusal.getMessage().replace("« " + field.name() + " »", label)
                            .replace("« " + FieldNames.french(field.name()) + " »", label);
                }
            }
        }
        return describe(refusal);
    }

    /** A message of the page's language: a notice once a form is saved. */
    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    public String describe(RuntimeException refusal) {
        var locale = LocaleContextHolder.getLocale();
        if (refusal instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale);
        }
        if (Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return refusal.getMessage();
        }
        if (refusal instanceof StepRefused step) {
            return messages.getMessage("rule." + step.rule().name(),
                    new Object[] {step.possibleFrom().map(dates::day).orElse("")}, refusal.getMessage(), locale);
        }
        if (refusal instanceof InvalidCaseData invalid) {
            var field = invalid.field() == null ? "" : invalid.field();
            var code = field.endsWith("On") ? "invalid.date-in-future" : "invalid." + field;
            var generic = messages.getMessage("invalid", new Object[] {field, refusal.getMessage()}, locale);
            return messages.getMessage(code, null, generic, locale);
        }
        return messages.getMessage("refusal." + refusal.getClass().getSimpleName(), null, refusal.getMessage(),
                locale);
    }
}
