package org.recours.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseStep;

/** Every form of a step is offered by the case's own rules: a new form needs its {@link CaseStep} of the same name. */
class CaseStepFormTest {

    @Test
    void everyStepFormIsOfferedByACaseStepOfItsName() {
        var steps = Arrays.stream(CaseStep.values()).map(Enum::name).toList();
        assertThat(Arrays.stream(CaseStepForm.values()).map(Enum::name)).allMatch(steps::contains);
        assertThat(Arrays.stream(CaseStepForm.values()).map(CaseStepForm::step)).doesNotHaveDuplicates();
    }
}
