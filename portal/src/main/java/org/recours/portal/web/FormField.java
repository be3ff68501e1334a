package org.recours.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.InvalidCaseData;

/** One labelled input of a page's form; {@code options} only for a choice. */
public record FormField(String name, String label, Kind kind, boolean required, Map<String, String> options,
                        String hint) {

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
        return new FormField(name, label, Kind.DATE, true, Map.of(), "la date où c'est arrivé, au plus tard aujourd'hui");
    }

    public static FormField amount(String name, String label) {
        return new FormField(name, label, Kind.AMOUNT, true, Map.of(), "en euros, par exemple 35,88");
    }

    public static <E extends Enum<E>> FormField choice(String name, String label, Class<E> type,
                                                       java.util.function.Function<E, String> describe) {
        var options = new LinkedHashMap<String, String>();
        for (var constant : type.getEnumConstants()) {
            options.put(constant.name(), describe.apply(constant));
        }
        return new FormField(name, label, Kind.CHOICE, true, options, null);
    }

    public static FormField choice(String name, String label, Map<String, String> options) {
        return new FormField(name, label, Kind.CHOICE, true, options, null);
    }

    public FormField withHint(String text) {
        return new FormField(name, label, kind, required, options, text);
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
