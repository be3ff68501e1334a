package org.recours.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.testing.approval.ApprovedForm;
import org.recours.testing.casefile.SampleEvents;

/**
 * Events are stored for good, in the JSON that Axon's serializer (the application's, {@link RecoursJson#serializer})
 * writes: every event type's form is approved in {@code src/test/resources/stored-forms/events}, and every form ever
 * approved there must still load. A new event type is approved once (its {@code .received.json} reviewed and
 * renamed); an existing one never changes its form without an upcaster.
 */
class StoredEventFormsTest {

    private static final ApprovedForm FORMS = new ApprovedForm("src/test/resources/stored-forms/events", "json");
    private static final String EVENTS_PACKAGE = CaseEvent.class.getPackageName() + ".";
    private static final String WHEN_IT_CHANGED = """
            Events already stored keep their old form forever: the new code must still read them, and \
            nothing may silently change what is stored. If the change is unintended (a renamed record component, \
            a Jackson feature, a new serializer module), undo it. If the form must change: give the event a new \
            @Revision, write an Axon upcaster from the old form to the new one, keep the old approved file under \
            the name <Type>@<old revision or 'none'>.approved.json with a test that upcasts it, approve the new \
            form, and record the decision in an ADR (docs/adr).""";

    static Stream<Class<? extends CaseEvent>> eventTypes() {
        return SampleEvents.types().stream();
    }

    static Stream<Path> approvedForms() {
        return FORMS.approvedFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventTypeIsStoredInItsApprovedForm(Class<? extends CaseEvent> type) {
        var sample = SampleEvents.of(type);

        var stored = RecoursJson.serializer().serialize(sample, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(type.getName());
        FORMS.verify(
                type.getSimpleName(),
                new String(stored.getData(), StandardCharsets.UTF_8),
                "the stored event " + type.getSimpleName() + " (as Axon's serializer writes it)",
                WHEN_IT_CHANGED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approvedForms")
    void everyFormEverApprovedStillLoads(Path approved) {
        var name = ApprovedForm.nameOf(approved);
        var type = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        var stored = new SimpleSerializedObject<>(
                ApprovedForm.read(approved).getBytes(StandardCharsets.UTF_8),
                byte[].class,
                EVENTS_PACKAGE + type,
                null);

        Object loaded;
        try {
            loaded = RecoursJson.serializer().deserialize(stored);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "Stored " + type + " events no longer load (" + approved + "): " + e
                            + "\nOld events must load forever: write an Axon upcaster that turns the old form into the new "
                            + "one and an ADR (docs/adr) for the change, or undo it.",
                    e);
        }

        assertThat(loaded)
                .as("the approved form of " + name + " loads as the sample it was written from")
                .isEqualTo(SampleEvents.of(loaded.getClass().asSubclass(CaseEvent.class)));
    }

    @Test
    void everyEventTypeHasAnApprovedForm() {
        var approved = approvedForms().map(ApprovedForm::nameOf).toList();

        assertThat(approved)
                .as("approved forms in " + FORMS.approved("*") + " (review the .received.json files of "
                        + "new event types and rename them)")
                .containsAll(eventTypes().map(Class::getSimpleName).toList());
    }

    /**
     * Since ADR 24 an outcome's details are a confidential note (L612-3), never in the event: the released form is
     * unchanged, {@code details} written as null, and it loads back as it was recorded (no upcaster).
     */
    @Test
    void anOutcomeRecordedWithoutDetailsKeepsTheReleasedFormWithDetailsNull() {
        var concluded = new MediationConcluded(
                SampleEvents.CASE, MediationOutcome.PARTIAL_AGREEMENT, LocalDate.of(2027, 5, 20), null);
        var corrected = new MediationOutcomeCorrected(
                SampleEvents.CASE,
                8,
                1,
                MediationOutcome.PARTIAL_AGREEMENT,
                LocalDate.of(2027, 5, 28),
                null,
                "Date de l'avis du médiateur relue");

        var storedConcluded = RecoursJson.serializer().serialize(concluded, byte[].class);
        var storedCorrected = RecoursJson.serializer().serialize(corrected, byte[].class);

        assertThat(new String(storedConcluded.getData(), StandardCharsets.UTF_8))
                .isEqualTo(ApprovedForm.read(FORMS.approved("MediationConcluded"))
                        .replace("\"Remboursement de trois mois\"", "null"));
        assertThat(new String(storedCorrected.getData(), StandardCharsets.UTF_8))
                .isEqualTo(ApprovedForm.read(FORMS.approved("MediationOutcomeCorrected"))
                        .replace("\"Remboursement de trois mois accepté\"", "null"));
        assertThat((Object) RecoursJson.serializer().deserialize(storedConcluded))
                .isEqualTo(concluded);
        assertThat((Object) RecoursJson.serializer().deserialize(storedCorrected))
                .isEqualTo(corrected);
    }

    @Test
    void datesAreStoredAsIsoDaysAndIdsAsPlainText() {
        var stored = new String(
                RecoursJson.serializer()
                        .serialize(SampleEvents.of(LetterDelivered.class), byte[].class)
                        .getData(),
                StandardCharsets.UTF_8);

        assertThat(stored).contains("\"deliveredOn\":\"2027-01-04\"", "\"caseId\":\"RC-7K2M-9QXD\"");
    }
}
