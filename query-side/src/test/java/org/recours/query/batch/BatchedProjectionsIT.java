package org.recours.query.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.query.QuerySideTestApplication;
import org.recours.query.audittrail.AuditTrailProjection;
import org.recours.query.casefile.CaseFileProjection;
import org.recours.testing.UsesOwnPostgres;
import org.recours.testing.casefile.ReferenceCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projections read and write once per event processor batch (issue 7, rebuild rate): whatever the batches'
 * sizes, the case files and the audit chain are the same, to the byte, as when the events come one at a time.
 */
@SpringBootTest(classes = QuerySideTestApplication.class)
@UsesOwnPostgres
class BatchedProjectionsIT {

    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final CompanyProfile PRIME_VIDEO =
            ReferenceCase.primeVideo().onlyInClichy().withoutMediator().build();

    @Autowired
    CaseFileProjection caseFiles;

    @Autowired
    AuditTrailProjection auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyReadModels() {
        clear();
    }

    @Test
    void batchesOfAnySizeWriteTheSameCaseFilesAndTheSameChainAsOneEventAtATime() {
        var events = interleavedCases(12);
        replay(events, 1);
        var caseFilesOneByOne = caseFileRows();
        var chainOneByOne = auditRows();
        assertThat(caseFilesOneByOne).hasSize(12);
        assertThat(chainOneByOne).hasSize(events.size());

        for (int batchSize : new int[] {2, 7, 100, events.size()}) {
            clear();
            replay(events, batchSize);
            assertThat(caseFileRows())
                    .as("case files, batches of %d", batchSize)
                    .isEqualTo(caseFilesOneByOne);
            assertThat(auditRows()).as("audit chain, batches of %d", batchSize).isEqualTo(chainOneByOne);
        }
    }

    @Test
    void aBatchThatRedeliversEventsAlreadyAppliedChangesNothing() {
        var events = interleavedCases(3);
        replay(events, 1);
        var caseFilesBefore = caseFileRows();
        var chainBefore = auditRows();

        // the processor crashed after the rows and before its token: the same events come again, in one batch
        replay(events, events.size());

        assertThat(caseFileRows()).isEqualTo(caseFilesBefore);
        assertThat(auditRows()).isEqualTo(chainBefore);
    }

    @Test
    void aStepThatFailsHalfWayLeavesItsCaseAsBeforeItWhileTheBatchGoesOn() {
        var a = new CaseId("RC-BTCH-9001");
        var b = new CaseId("RC-BTCH-9002");
        var events = tracked(List.of(
                steps(a, 0).get(0),
                steps(b, 1).get(0),
                new NoteAdded(a, "Appel"),
                // no mediation to conclude: the case file's branch fails after it began to move the case
                new MediationConcluded(a, MediationOutcome.AGREEMENT, LocalDate.of(2026, 12, 1), "Accord"),
                new NoteAdded(b, "Relance")));
        var handler = new AnnotationEventHandlerAdapter(caseFiles);
        var failed = new ArrayList<EventMessage<?>>();
        var unitOfWork = new BatchingUnitOfWork<EventMessage<?>>(new ArrayList<EventMessage<?>>(events));

        // as the dead-lettering invoker does: the failing event is parked, the batch goes on and commits
        unitOfWork.executeWithResult(() -> {
            try {
                return handler.handle(unitOfWork.getMessage());
            } catch (Exception e) {
                failed.add(unitOfWork.getMessage());
                return null;
            }
        });

        assertThat(failed)
                .extracting(message -> message.getPayload().getClass().getSimpleName())
                .containsExactly("MediationConcluded");
        assertThat(jdbc.queryForObject("SELECT version FROM case_file WHERE case_id = ?", Long.class, a.value()))
                .as("the case is left at its last step applied: the failing one is retried, not taken as applied")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM case_file WHERE case_id = ?", Long.class, b.value()))
                .isEqualTo(1);
    }

    /** Events of several cases in the order given, each numbered in its case. */
    private static List<GenericTrackedDomainEventMessage<CaseEvent>> tracked(List<CaseEvent> events) {
        var sequences = new java.util.HashMap<CaseId, Long>();
        var tracked = new ArrayList<GenericTrackedDomainEventMessage<CaseEvent>>();
        for (var event : events) {
            long sequence = sequences.merge(event.caseId(), 1L, Long::sum) - 1;
            tracked.add(new GenericTrackedDomainEventMessage<>(
                    new GlobalSequenceTrackingToken(tracked.size() + 1),
                    new GenericDomainEventMessage<>(
                            "ComplaintCase",
                            event.caseId().value(),
                            sequence,
                            event,
                            MetaData.with(ActorMetaData.STAFF_MEMBER, "marie"))));
        }
        return tracked;
    }

    private void replay(List<GenericTrackedDomainEventMessage<CaseEvent>> events, int batchSize) {
        for (int from = 0; from < events.size(); from += batchSize) {
            handle(new ArrayList<>(events.subList(from, Math.min(events.size(), from + batchSize))));
        }
    }

    private void handle(List<? extends TrackedEventMessage<?>> batch) {
        var caseFileHandler = new AnnotationEventHandlerAdapter(caseFiles);
        var auditHandler = new AnnotationEventHandlerAdapter(auditTrail);
        for (var handler : List.of(caseFileHandler, auditHandler)) {
            var unitOfWork = new BatchingUnitOfWork<EventMessage<?>>(new ArrayList<EventMessage<?>>(batch));
            unitOfWork.executeWithResult(() -> handler.handle(unitOfWork.getMessage()));
            assertThat(unitOfWork.getExecutionResults().values()).noneMatch(result -> result.isExceptionResult());
        }
    }

    private void clear() {
        jdbc.update("DELETE FROM case_file");
        jdbc.execute("TRUNCATE TABLE audit_entry");
    }

    private List<Map<String, Object>> caseFileRows() {
        return jdbc.queryForList("SELECT * FROM case_file ORDER BY case_id");
    }

    private List<Map<String, Object>> auditRows() {
        return jdbc.queryForList("SELECT * FROM audit_entry ORDER BY case_id, position");
    }

    /** The steps of {@code cases} cases, interleaved as the event store holds them, with their global positions. */
    private static List<GenericTrackedDomainEventMessage<CaseEvent>> interleavedCases(int cases) {
        var perCase = new ArrayList<List<CaseEvent>>();
        for (int i = 0; i < cases; i++) {
            perCase.add(steps(new CaseId(String.format("RC-BTCH-%04d", i)), i));
        }
        var events = new ArrayList<GenericTrackedDomainEventMessage<CaseEvent>>();
        var at = Instant.parse("2026-10-01T08:00:00.123456Z");
        for (int step = 0, left = cases; left > 0; step++) {
            left = 0;
            for (int i = 0; i < cases; i++) {
                var steps = perCase.get(i);
                if (step < steps.size()) {
                    left++;
                    var event = steps.get(step);
                    var actor = event instanceof ReminderDue || event instanceof ResponseDeadlineExpired
                            ? MetaData.with(ActorMetaData.STAFF_MEMBER, "system")
                            : MetaData.with(ActorMetaData.STAFF_MEMBER, i % 2 == 0 ? "marie" : "lucas");
                    at = at.plusMillis(1 + 37L * i);
                    var domain = new GenericDomainEventMessage<>(
                            "ComplaintCase",
                            event.caseId().value(),
                            step,
                            event,
                            actor,
                            java.util
                                    .UUID
                                    .nameUUIDFromBytes((event.caseId() + "/" + step).getBytes())
                                    .toString(),
                            at);
                    events.add(new GenericTrackedDomainEventMessage<>(
                            new GlobalSequenceTrackingToken(events.size() + 1), domain));
                }
            }
        }
        return events;
    }

    private static List<CaseEvent> steps(CaseId id, int variant) {
        var filedOn = LocalDate.of(2026, 10, 1);
        var steps = new ArrayList<CaseEvent>();
        steps.add(new ComplaintFiled(
                id,
                new ConsumerId(new java.util.UUID(7, variant)),
                PRIME_VIDEO,
                Category.values()[variant % Category.values().length],
                "Publicités dans l'abonnement n° " + variant,
                new Money(BigDecimal.valueOf(1000 + variant, 2)),
                "Remboursement",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                filedOn));
        steps.add(
                new SupportContacted(id, ContactChannel.CHAT, filedOn.plusDays(1), "T-" + variant, "Demande", "Refus"));
        for (int n = 0; n < variant % 4; n++) {
            steps.add(new NoteAdded(id, "Note " + n + " du dossier " + variant));
        }
        if (variant % 3 != 2) {
            steps.add(new LetterSent(
                    id,
                    1,
                    CLICHY,
                    filedOn.plusDays(5),
                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                    new TrackingNumber("1A1234567890" + variant % 10),
                    filedOn.plusDays(5).plusMonths(2),
                    filedOn.plusDays(5).plusYears(1)));
            steps.add(new LetterDelivered(
                    id, 1, filedOn.plusDays(7), filedOn.plusDays(7).plusMonths(2)));
            steps.add(new ReminderDue(
                    id,
                    ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                    filedOn.plusDays(7).plusMonths(2),
                    filedOn.plusDays(7).plusMonths(2).minusDays(7),
                    filedOn.plusDays(7).plusMonths(2).minusDays(7)));
            steps.add(new ResponseDeadlineExpired(
                    id,
                    filedOn.plusDays(7).plusMonths(2),
                    filedOn.plusDays(8).plusMonths(2),
                    filedOn.plusDays(5).plusYears(1)));
            if (variant % 2 == 0) {
                steps.add(new MediationRequested(
                        id,
                        "Médiateur du e-commerce",
                        filedOn.plusMonths(3),
                        null,
                        filedOn.plusMonths(3).plusDays(90),
                        null));
            }
        }
        if (variant % 5 == 1) {
            steps.add(
                    new CaseClosed(id, Resolution.RESOLVED, Money.euros("10.00"), filedOn.plusMonths(4), "Remboursé"));
            steps.add(new CaseReopened(id, filedOn.plusMonths(5), "Nouveau prélèvement"));
            steps.add(new NoteAdded(id, "Après réouverture"));
        }
        return steps;
    }
}
