package org.recours.portal.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.casefile.FieldNames;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.SendingMethod;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal as the page shows it, in the page's language. A rule's refusal carries its message key and typed
 * arguments (dates, letter numbers, the company's head offices…, {@link RefusalText}): every language renders it from
 * the {@code refusals} bundles with the same detail, dates in the page's words and values by the labels the pages
 * show; an entry that can never be valid ({@link InvalidCaseData}: the shared checks of {@code Require}, the value
 * objects, the pages' own checks) the same way, naming the field by the label its form shows. A form's entry it could
 * not read is a message code of the pages ({@link MessageSourceResolvable}); a document or a branch refused is a
 * {@link KeyedRefusal} worded the same way. The REST API keeps the French wording.
 */
@Component
public class Refusals {

    /** The values a refusal names, by the prefix of the labels the pages show for them. */
    private static final Map<Class<?>, String> LABELS = Map.of(
            SendingMethod.class,
            "method.",
            MediationParty.class,
            "mediation-party.",
            CampaignStatus.class,
            "campaign-status.");

    private final MessageSource messages;
    private final Dates dates;

    Refusals(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** A refusal on a page with a form: a field the refusal quotes is named by the label its form shows. */
    public String describe(RuntimeException refusal, List<FormField> fields) {
        if (refusal instanceof InvalidCaseData invalid && invalid.text().isPresent()) {
            return render(invalid.text().get(), LocaleContextHolder.getLocale(), fields);
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
        if (refusal instanceof InvalidCaseData invalid && invalid.text().isPresent()) {
            return render(invalid.text().get(), locale);
        }
        if (refusal instanceof KeyedRefusal keyed) {
            return render(keyed.text(), locale);
        }
        return refusal.getMessage();
    }

    /**
     * A refusal's text in the page's language. Every argument is formatted first (so that MessageFormat prints each
     * as given: no digit grouping in a letter or entry number), and a message always gets at least one, so that
     * MessageFormat reads every rule's message (apostrophes written twice) even when it names nothing.
     */
    private String render(RefusalText text, Locale locale) {
        return render(text, locale, List.of());
    }

    private String render(RefusalText text, Locale locale, List<FormField> fields) {
        var arguments = text.arguments().stream()
                .map(argument -> format(argument, locale, fields))
                .toArray();
        return messages.getMessage(text.key(), arguments.length == 0 ? new Object[] {""} : arguments, locale);
    }

    private String format(Object argument, Locale locale, List<FormField> fields) {
        if (argument instanceof LocalDate day) {
            return dates.day(day);
        }
        if (argument instanceof RefusalText text) {
            return render(text, locale, fields);
        }
        if (argument instanceof RefusalText.Field field) {
            return fieldName(field, locale, fields);
        }
        if (argument instanceof Collection<?> values) {
            var or = " " + messages.getMessage("list.or", null, locale) + " ";
            return values.stream().map(value -> format(value, locale, fields)).collect(Collectors.joining(or));
        }
        if (argument instanceof Enum<?> value && LABELS.containsKey(value.getDeclaringClass())) {
            return messages.getMessage(
                    LABELS.get(value.getDeclaringClass()) + value.name(), null, value.name(), locale);
        }
        if (argument instanceof RefusalText.Labelled labelled) {
            return labelled.labelFr();
        }
        return String.valueOf(argument);
    }

    /** A field by the label its form shows when the sentence quotes it, by its name in words otherwise. */
    private String fieldName(RefusalText.Field field, Locale locale, List<FormField> fields) {
        if (field.labelled()) {
            for (var shown : fields) {
                if (shown.name().equals(field.name())) {
                    return messages.getMessage(shown.label(), null, shown.label(), locale);
                }
            }
        }
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage())
                ? FieldNames.french(field.name())
                : messages.getMessage("field-name." + field.name(), null, field.name(), locale);
    }
}
