package org.recours.query.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.Sha256;
import org.recours.query.rebuild.RecordedStep;
import org.recours.testing.approval.ApprovedForm;
import org.recours.testing.casefile.SampleEvents;

/**
 * The audit entry each event type becomes — its summaries in French and English, its data, its hash — is evidence
 * already handed out (bundles, PDFs, JSON exports): it is approved for each narrative version in
 * {@code src/test/resources/stored-forms/audit-entries/narrative-<version>}, and the entry a rebuild writes must stay
 * the same forever. A new event type is told in every version (an older version's class tells it too) and its
 * entries are approved once, like its stored form.
 */
class StoredAuditEntriesTest {

    private static final String FOLDER = "src/test/resources/stored-forms/audit-entries/narrative-";
    private static final String WHEN_IT_CHANGED = """
            Entries already written are in bundles and PDFs handed to mediators and judges, and the audit trail \
            rebuilt from the events must reproduce them byte for byte. Do not change the text of an existing \
            narrative version (StepNarrative): better wording goes into a new narrative version, which applies \
            only to events recorded after it (docs/adr/0011-audit-narratives-are-versioned.md). The data is the \
            event's stored JSON: see StoredEventFormsTest. The hash format is recours-audit-entry-v1 \
            (docs/evidence-format.md): changing it needs a new format tag that verifiers know, and an ADR.""";

    /** Every event type in every narrative version ever released: old versions are kept, unchanged. */
    static Stream<Arguments> eventTypesInEveryNarrativeVersion() {
        return IntStream.rangeClosed(1, AuditNarratives.CURRENT)
                .boxed()
                .flatMap(version -> SampleEvents.types().stream().map(type -> Arguments.of(version, type)));
    }

    @ParameterizedTest(name = "narrative {0}, {1}")
    @MethodSource("eventTypesInEveryNarrativeVersion")
    void everyEventTypeBecomesItsApprovedAuditEntry(int version, Class<? extends CaseEvent> type) throws Exception {
        var step = new RecordedStep(
                SampleEvents.of(type),
                3,
                "5b0c2f4e-8d1a-4c3b-9e7f-2a6d8c4b1e09",
                Instant.parse("2027-03-05T09:41:27.123456Z"),
                "marie",
                version);

        var entry = new AuditEntries(RecoursJson.objectMapper())
                .entry(step, Sha256.of("the entry before").hex());

        assertThat(AuditChain.hash(entry)).isEqualTo(entry.hash());
        var form = RecoursJson.objectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(entry);
        new ApprovedForm(FOLDER + version, "json")
                .verify(
                        type.getSimpleName(),
                        form + "\n",
                        "the audit entry of " + type.getSimpleName() + " in narrative version " + version,
                        WHEN_IT_CHANGED);
    }
}
