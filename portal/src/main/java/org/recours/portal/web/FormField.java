package org.recours.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One labelled input of a page's form; {@code label} and {@code hint} are message codes, {@code options} (a choice
 * only) name each value's label: a message code for an enum, the name itself for a company or a branch.
 */
public record FormField(
        String name,
        String label,
        Kind kind,
        boolean required,
        Map<String, MessageSourceResolvable> options,
        String hint) {

    public enum Kind {
        TEXT,
        LONG_TEXT,
        DATE,
        AMOUNT,
        CHOICE,
        EMAIL,
        PHONE,
        CHECKBOX
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

    public String inputType() {
        return switch (kind) {
            case DATE -> "date";
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }
}
