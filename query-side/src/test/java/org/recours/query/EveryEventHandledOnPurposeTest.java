package org.recours.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.query.audittrail.AuditEntries;
import org.recours.query.audittrail.AuditNarratives;
import org.recours.query.casefile.CaseFileDocument;
import org.recours.query.evidence.Chronology;
import org.recours.query.rebuild.RecordedStep;
import org.recours.testing.casefile.SampleEvents;

/**
 * Every event type of a case (every class the sealed {@link CaseEvent} permits) is handled on purpose by each read
 * model that dispatches on its type: the case file changes with it or lists it among the types it ignores; the audit
 * trail tells it in every narrative version; the exports name it. A new event type fails here until each one says
 * what it does with it. (The reminders automation and the aggregate subscribe to their event types by name.)
 */
class EveryEventHandledOnPurposeTest {

    static Stream<Class<? extends CaseEvent>> eventTypes() {
        return SampleEvents.types().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theCaseFileChangesWithEveryEventTypeItDoesNotListAsIgnored(Class<? extends CaseEvent> type) {
        var document = caseWithEveryKindOfRecord(PREREQUISITES.getOrDefault(type, List.of()));
        var before = comparable(document.toCaseFile(java.util.Map.of()));

        assertThatCode(() -> document.apply(SampleEvents.of(type), 99, "marie", Instant.parse("2027-09-01T08:00:00Z")))
                .as("CaseFileDocument.apply has a branch for " + type.getSimpleName() + " or lists it in IGNORED")
                .doesNotThrowAnyException();

        var after = comparable(document.toCaseFile(java.util.Map.of()));
        if (CaseFileDocument.IGNORED.contains(type)) {
            assertThat(after)
                    .as(type.getSimpleName() + " is listed as ignored by the case file, yet changes it")
                    .isEqualTo(before);
        } else {
            assertThat(after)
                    .as(type.getSimpleName() + " has a branch in the case file that changes nothing: "
                            + "list it in CaseFileDocument.IGNORED instead")
                    .isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theAuditTrailTellsEveryEventTypeInEveryNarrativeVersion(Class<? extends CaseEvent> type) {
        for (int version = 1; version <= AuditNarratives.CURRENT; version++) {
            var step = new RecordedStep(
                    SampleEvents.of(type), 1, "e", Instant.parse("2027-09-01T08:00:00Z"), null, version);

            var entry = new AuditEntries(RecoursJson.objectMapper()).entry(step, "0".repeat(64));

            assertThat(entry.summaryFr()).isNotBlank();
            assertThat(entry.summaryEn()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theExportsNameEveryEventType(Class<? extends CaseEvent> type) {
        assertThat(Chronology.stepLabel(type.getSimpleName()))
                .as("Chronology's label of " + type.getSimpleName())
                .isNotEqualTo(type.getSimpleName());
    }

    /** What an event type only means something after: a reopening a closure, a correction the step it corrects. */
    private static final Map<Class<? extends CaseEvent>, List<Class<? extends CaseEvent>>> PREREQUISITES =
            Map.ofEntries(
                    Map.entry(CaseReopened.class, List.of(CaseClosed.class)),
                    Map.entry(ResponseDeadlineExpiryContradicted.class, List.of(ResponseDeadlineExpired.class)),
                    Map.entry(ResponseCorrected.class, List.of(ResponseReceived.class)),
                    Map.entry(SupportContactCorrected.class, List.of(SupportContacted.class)),
                    Map.entry(HelpCentreConsultationCorrected.class, List.of(HelpCentreConsulted.class)),
                    Map.entry(MediationOutcomeCorrected.class, List.of(MediationConcluded.class)),
                    Map.entry(CourtActionCorrected.class, List.of(CourtActionRecorded.class)),
                    Map.entry(CaseClosureCorrected.class, List.of(CaseClosed.class)),
                    Map.entry(ConciliationConcluded.class, List.of(ConciliationRequested.class)),
                    Map.entry(CourtClaimStated.class, List.of(CourtActionRecorded.class, CourtActionRecorded.class)),
                    Map.entry(
                            ResponseDeadlineExpiryReestablished.class,
                            List.of(ResponseDeadlineExpired.class, ResponseDeadlineExpiryContradicted.class)),
                    Map.entry(MediationProposalAnswered.class, List.of(MediationProposalMade.class)),
                    Map.entry(
                            org.recours.kernel.casefile.CourtClaimCorrected.class,
                            List.of(CourtActionRecorded.class, CourtClaimStated.class)),
                    Map.entry(
                            org.recours.kernel.casefile.ConciliationRequestCorrected.class,
                            List.of(ConciliationRequested.class)),
                    Map.entry(
                            org.recours.kernel.casefile.ConciliationOutcomeCorrected.class,
                            List.of(ConciliationRequested.class, ConciliationConcluded.class)),
                    Map.entry(
                            org.recours.kernel.casefile.ConciliationFirstMeetingHeld.class,
                            List.of(ConciliationRequested.class)),
                    Map.entry(
                            org.recours.kernel.casefile.LetterReturnCorrected.class,
                            List.of(org.recours.kernel.casefile.LetterReturned.class)),
                    Map.entry(
                            org.recours.kernel.casefile.MediatorNamingChecked.class, List.of(ResponseReceived.class)));

    /** A filed case with a letter, a mediation and a document, then what the event under test needs before it. */
    private static CaseFileDocument caseWithEveryKindOfRecord(List<Class<? extends CaseEvent>> prerequisites) {
        var document = new CaseFileDocument();
        var history = new ArrayList<CaseEvent>(List.of(
                SampleEvents.of(ComplaintFiled.class),
                SampleEvents.of(LetterSent.class),
                SampleEvents.of(MediationRequested.class),
                SampleEvents.of(EvidenceAttached.class)));
        prerequisites.forEach(type -> history.add(SampleEvents.of(type)));
        for (int sequence = 0; sequence < history.size(); sequence++) {
            document.apply(history.get(sequence), sequence, "marie", Instant.parse("2027-03-01T08:00:00Z"));
        }
        return document;
    }

    /** The case file without what every step changes (its version and time). */
    private static CaseFile comparable(CaseFile file) {
        return new CaseFile(
                file.caseId(),
                0,
                file.status(),
                file.consumer(),
                file.company(),
                file.category(),
                file.facts(),
                file.amountAtStake(),
                file.desiredOutcome(),
                file.branch(),
                file.filedBy(),
                file.filedOn(),
                null,
                file.helpCentreConsultations(),
                file.supportContacts(),
                file.letters(),
                file.responses(),
                file.legalDates(),
                file.mediations(),
                file.courtActions(),
                file.notes(),
                file.closure(),
                file.reopenings(),
                file.evidence(),
                file.handler(),
                file.conciliations(),
                file.limitation());
    }
}
