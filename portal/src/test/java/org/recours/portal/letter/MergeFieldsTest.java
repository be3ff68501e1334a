package org.recours.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recours.query.letter.LetterModel;
import org.recours.query.letter.SampleLetter;

/** The template page's help names every merge field a template can read, and nothing the model does not have. */
class MergeFieldsTest {

    @Test
    void theHelpListsEveryMergeFieldOfTheLetterModel() {
        var model = new ArrayList<String>();
        collect("", LetterModel.fields(SampleLetter.primeVideo(LocalDate.of(2027, 3, 1))), model);
        var listed = MergeFields.HELP.stream()
                .map(MergeFields.Field::expression)
                .filter(expression -> !expression.startsWith("fr."))
                .toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(model);
        assertThat(MergeFields.HELP.stream().map(MergeFields.Field::expression).filter(e -> e.startsWith("fr.")))
                .as("the French helper's methods")
                .hasSameSizeAs(LetterModel.French.class.getDeclaredMethods());
    }

    /** The fields' names: a group at the top (expediteur, dossier…) is not a field itself; a nested one is. */
    private static void collect(String prefix, Map<?, ?> fields, List<String> names) {
        fields.forEach((key, value) -> {
            var name = prefix + key;
            if (name.equals("fr")) {
                return;
            }
            if (value instanceof Map<?, ?> nested) {
                if (!prefix.isEmpty()) {
                    names.add(name);
                }
                collect(name + ".", nested, names);
            } else {
                names.add(name);
            }
        });
    }
}
