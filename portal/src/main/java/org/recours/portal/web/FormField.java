package org.recours.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.InvalidCaseData;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One labelled input of a page's form; {@code label} and {@code hint} are message codes, {@code options} (a choice
 * only) name each value's label: a message code for an enum, the name itself for a company. The administration pages,
 * not translated yet, still give their French words instead of codes: a label or hint that is no code is shown as
 * it is.
 */
public record FormField(String name, String label, Kind kind, boolean required,
                        Map<String, MessageSourceResolvable> options, String hint) {

    public enum Kind {
        TEXT, LONG_TEXT, DATE, AMOUNT, CHOICE, EMAIL, PHONE, CHECKBOX
    }

    public static FormField text(String name, String label, boolean required) {
        return new FormField(name, label, Kind.TEXT, required, Map.of(), null);
    }

    public static FormField longText(String name, String label, boolean required) {
        return new FormField(name, label, Kind.LONG_TEXT, required, Map.of(), null);
    }

    public static FormField date(String name, String label) {
        return new FormField(name, label, Kind.DATE, true, Map.of(), "field.date.hint");
    }

    public static FormField amount(String name, String label) {
        return new FormField(name, label, Kind.AMOUNT, true, Map.of(), "field.amount.hint");
    }

    /** A choice among an enum's constants, each labelled by the message {@code prefix.CONSTANT}. */
    public static <E extends Enum<E>> FormField choice(String name, String label, Class<E> type, String prefix) {
        var options = new LinkedHashMap<String, MessageSourceResolvable>();
        for (var constant : type.getEnumConstants()) {
            options.put(constant.name(), new DefaultMessageSourceResolvable(prefix + "." + constant.name()));
        }
        return new FormField(name, label, Kind.CHOICE, true, options, null);
    }

    /**
     * A choice among an enum's constants labelled by {@code describe}, words that are not in the bundles (the
     * administration pages, French only until they are translated).
     */
    public static <E extends Enum<E>> FormField choice(String name, String label, Class<E> type,
                                                       java.util.function.Function<E, String> describe) {
        var options = new LinkedHashMap<String, String>();
        for (var constant : type.getEnumConstants()) {
            options.put(constant.name(), describe.apply(constant));
        }
        return choice(name, label, options);
    }

    /** A choice among named things that are not translated (companies): value to name. */
    public static FormField choice(String name, String label, Map<String, String> names) {
        var options = new LinkedHashMap<String, MessageSourceResolvable>();
        names.forEach((value, text) -> options.put(value, new DefaultMessageSourceResolvable(null, null, text)));
        return new FormField(name, label, Kind.CHOICE, true, options, null);
    }

    public FormField withHint(String hintCode) {
        return new FormField(name, label, kind, required, options, hintCode);
    }

    public FormField optional() {
        return new FormField(name, label, kind, false, options, hint);
    }

    /**
     * A refusal in a page's words: the rules name fields as the API does ({@code « name »}); the page names them by
     * the label its form shows.
     */
    public static String readable(InvalidCaseData refusal, List<FormField> fields) {
        var message = refusal.getMessage();
        for (var field : fields) {
            if (field.name().equals(refusal.field())) {
                return message.replace("« " + field.name() + " »", "« " + field.label() + " »");
            }
        }
        return message;
    }

    public String inputType() {
        return switch (kind) {
            case DATE -> "date";
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }
}
