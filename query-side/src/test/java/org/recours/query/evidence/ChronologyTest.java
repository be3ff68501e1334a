package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.query.AuditEntry;

class ChronologyTest {

    @Test
    void anExpiryContradictedByALaterEntryIsMarkedWithThatEntrysNumber() {
        var history = List.of(
                entry(2, "LetterSent"),
                entry(3, "ResponseDeadlineExpired"),
                entry(4, "ResponseReceived"),
                entry(5, "ResponseDeadlineExpiryContradicted"),
                entry(6, "ResponseDeadlineExpired"),
                entry(7, "NoteAdded"));

        assertThat(Chronology.contradictedBy(history)).containsExactly(Map.entry(3L, 5L));
    }

    private static AuditEntry entry(long position, String kind) {
        return new AuditEntry(
                CASE.value(),
                position,
                "id-" + position,
                "2027-03-01T10:00:00Z",
                "marie",
                kind,
                "fr",
                "en",
                "{}",
                AuditEntry.GENESIS,
                "hash");
    }

    @Test
    void everyKindOfStepHasAFrenchLabel() {
        assertThat(Arrays.stream(CaseEvent.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .allSatisfy(kind -> assertThat(Chronology.stepLabel(kind)).isNotEqualTo(kind));
    }
}
