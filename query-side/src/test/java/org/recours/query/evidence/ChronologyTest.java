package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseEvent;

class ChronologyTest {

    @Test
    void everyKindOfStepHasAFrenchLabel() {
        assertThat(Arrays.stream(CaseEvent.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .allSatisfy(kind -> assertThat(Chronology.stepLabel(kind)).isNotEqualTo(kind));
    }
}
