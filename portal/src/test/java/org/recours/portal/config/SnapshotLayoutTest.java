package org.recours.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.Test;
import org.recours.command.casefile.ComplaintCase;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.testing.approval.ApprovedForm;
import org.recours.testing.casefile.SampleEvents;

/**
 * A case's snapshot holds its fields as JSON, under the aggregate's {@code @Revision}; a snapshot of another revision
 * is passed over and the case replayed from its events ({@link AxonStorageConfiguration#readableSnapshots}). So a
 * layout is approved per revision, in {@code src/test/resources/stored-forms/snapshots}: a field changed without a
 * new revision fails here.
 */
class SnapshotLayoutTest {

    private static final ApprovedForm LAYOUTS = new ApprovedForm("src/test/resources/stored-forms/snapshots", "json");

    @Test
    void theCaseSnapshotLayoutIsTheOneApprovedForItsRevision() throws Exception {
        var revision = new AnnotationRevisionResolver().revisionOf(ComplaintCase.class);
        var snapshot = AxonStorageConfiguration.snapshotSerializer().serialize(caseInMediation(), String.class);

        assertThat(snapshot.getType().getRevision()).isEqualTo(revision);
        var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        LAYOUTS.verify("ComplaintCase@" + revision, json.writeValueAsString(json.readTree(snapshot.getData())) + "\n",
                "the snapshot of ComplaintCase at @Revision(\"" + revision + "\")", """
                        The fields of ComplaintCase (or of a class it holds) changed while its @Revision stayed: \
                        snapshots already stored under this revision would be read into the new fields, or fail. \
                        Give ComplaintCase a new @Revision (older snapshots are then passed over and the case \
                        replayed from its events) and approve the layout written for it; keep the old file.""");
    }

    /**
     * The case's model as Axon inspects it; the resources its command and deadline handlers take (clock, policy,
     * deadline manager) are not needed to replay events and are left unresolved.
     */
    static AggregateModel<ComplaintCase> model() {
        ParameterResolverFactory noResources = (executable, parameters, index) -> index == 0 ? null
                : new FixedValueParameterResolver<>(null);
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(ComplaintCase.class, MultiParameterResolverFactory
                .ordered(ClasspathParameterResolverFactory.forClass(ComplaintCase.class), noResources));
    }

    /** A case with letters, documents, mediation and a reminder: most of its fields hold something. */
    private static ComplaintCase caseInMediation() {
        List<CaseEvent> history = List.of(SampleEvents.of(ComplaintFiled.class), SampleEvents.of(SupportContacted.class),
                SampleEvents.of(LetterSent.class), SampleEvents.of(LetterDelivered.class),
                SampleEvents.of(EvidenceAttached.class), SampleEvents.of(ResponseDeadlineExpired.class),
                SampleEvents.of(MediationRequested.class), SampleEvents.of(ReminderDue.class));
        var caseId = SampleEvents.CASE.value();
        var messages = new java.util.ArrayList<org.axonframework.eventhandling.DomainEventMessage<?>>();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            // fixed ids and times: the case keeps when each entry was recorded, and the layout must not vary
            messages.add(new GenericDomainEventMessage<>("ComplaintCase", caseId, sequence, history.get(sequence),
                    java.util.Map.of(), "event-" + sequence, java.time.Instant.parse("2027-03-01T08:00:00Z")
                            .plusSeconds(60L * sequence)));
        }
        var model = model();
        var root = new GenericAggregateFactory<>(model).createAggregateRoot(caseId, messages.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }
}
