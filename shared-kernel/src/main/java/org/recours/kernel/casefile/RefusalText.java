package org.recours.kernel.casefile;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a refusal says, as a message key of the {@code refusals} bundles and its arguments, kept typed (a day, a
 * number, a case id, a sending method, a list of names, another text) so that each language formats them its own
 * way: the pages render it in theirs, {@link #french()} gives the wording the REST API, the evidence and the tests
 * read. French is the bundle's default ({@code refusals.properties}); English is {@code refusals_en.properties}.
 * Every message goes through {@link MessageFormat}: an apostrophe is written twice.
 */
public record RefusalText(String key, List<Object> arguments) {

    /** The bundles' base name, on the classpath of every module. */
    public static final String BUNDLE = "refusals";

    public RefusalText {
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public static RefusalText of(String key, Object... arguments) {
        return new RefusalText(key, Arrays.asList(arguments));
    }

    /** A rule's explanation ({@code rule.X}), or one of its sentences ({@code rule.X.variant}). */
    public static RefusalText rule(CaseRule rule, String variant, Object... arguments) {
        return of("rule." + rule.name() + (variant == null ? "" : "." + variant), arguments);
    }

    /** A campaign rule's explanation ({@code campaign-rule.X}), or one of its sentences. */
    public static RefusalText rule(org.recours.kernel.campaign.CampaignRule rule, String variant, Object... arguments) {
        return of("campaign-rule." + rule.name() + (variant == null ? "" : "." + variant), arguments);
    }

    /** The French wording: days as "1er mars 2027", labelled values by their French label. */
    public String french() {
        var bundle = ResourceBundle.getBundle(
                BUNDLE,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var formatted =
                arguments.stream().map(argument -> french(argument, bundle)).toArray();
        return new MessageFormat(bundle.getString(key), Locale.FRENCH).format(formatted);
    }

    private static String french(Object argument, ResourceBundle bundle) {
        if (argument instanceof LocalDate day) {
            return FrenchDate.of(day);
        }
        if (argument instanceof RefusalText text) {
            return text.french();
        }
        if (argument instanceof Field field) {
            return FieldNames.french(field.name());
        }
        if (argument instanceof Labelled labelled) {
            return labelled.labelFr();
        }
        if (argument instanceof Collection<?> names) {
            return names.stream()
                    .map(name -> french(name, bundle))
                    .collect(Collectors.joining(" " + bundle.getString("list.or") + " "));
        }
        return String.valueOf(argument);
    }

    /**
     * A field of a command a refusal names ({@link FieldNames}: "date du contact"); {@code labelled} when the sentence
     * quotes it, so that a page may name it by the label its form shows.
     */
    public record Field(String name, boolean labelled) {

        public static Field labelled(String name) {
            return new Field(name, true);
        }

        public static Field named(String name) {
            return new Field(name, false);
        }
    }

    /** A value a refusal names by a French label of its own (a sending method, a party). */
    public interface Labelled {
        String labelFr();
    }
}
