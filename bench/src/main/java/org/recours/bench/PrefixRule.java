package org.recours.bench;

import java.util.List;

/** A label for names that start with one of {@code prefixes}: a kind of thread, a layer of classes. */
record PrefixRule(String label, List<String> prefixes) {

    boolean matches(String name) {
        return prefixes.stream().anyMatch(name::startsWith);
    }

    /** The label of the first rule that matches {@code name}, else {@code otherwise}. */
    static String labelOf(List<PrefixRule> rules, String name, String otherwise) {
        return rules.stream()
                .filter(rule -> rule.matches(name))
                .map(PrefixRule::label)
                .findFirst()
                .orElse(otherwise);
    }
}
