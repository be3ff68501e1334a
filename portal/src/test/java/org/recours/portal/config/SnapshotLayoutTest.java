package org.recours.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.recours.command.campaign.Campaign;
import org.recours.command.casefile.ComplaintCase;
import org.recours.kernel.campaign.CampaignEvent;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignOpened;
import org.recours.kernel.campaign.CaseJoinedCampaign;
import org.recours.kernel.campaign.CaseLeftCampaign;
import org.recours.kernel.campaign.CollectiveFormalNoticeSent;
import org.recours.kernel.campaign.CollectiveMediationRequested;
import org.recours.kernel.campaign.ConsentId;
import org.recours.kernel.campaign.ConsentToJoinRecorded;
import org.recours.kernel.campaign.ConsentToJoinWithdrawn;
import org.recours.kernel.campaign.GroupActionStandingRecorded;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.platform.storage.AxonStorageConfiguration;
import org.recours.testing.approval.ApprovedForm;
import org.recours.testing.casefile.SampleEvents;

/**
 * A case's snapshot holds its fields as JSON, under the aggregate's {@code @Revision}; a snapshot of another revision
 * is passed over and the case replayed from its events ({@link AxonStorageConfiguration#readableSnapshots}). So a
 * layout is approved per revision, in {@code src/test/resources/stored-forms/snapshots}: a field changed without a
 * new revision fails here. The same holds for a campaign's snapshot ({@code Campaign}, with its {@code Members}).
 */
class SnapshotLayoutTest {

    private static final ApprovedForm LAYOUTS = new ApprovedForm("src/test/resources/stored-forms/snapshots", "json");

    @Test
    void theCaseSnapshotLayoutIsTheOneApprovedForItsRevision() throws Exception {
        var revision = new AnnotationRevisionResolver().revisionOf(ComplaintCase.class);
        var snapshot = AxonStorageConfiguration.snapshotSerializer().serialize(caseInMediation(), String.class);

        assertThat(snapshot.getType().getRevision()).isEqualTo(revision);
        var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        LAYOUTS.verify(
                "ComplaintCase@" + revision,
                json.writeValueAsString(json.readTree(snapshot.getData())) + "\n",
                "the snapshot of ComplaintCase at @Revision(\"" + revision + "\")",
                """
                        The fields of ComplaintCase (or of a class it holds) changed while its @Revision stayed: \
                        snapshots already stored under this revision would be read into the new fields, or fail. \
                        Give ComplaintCase a new @Revision (older snapshots are then passed over and the case \
                        replayed from its events) and approve the layout written for it; keep the old file.""");
    }

    @Test
    void theCampaignSnapshotLayoutIsTheOneApprovedForItsRevision() throws Exception {
        var revision = new AnnotationRevisionResolver().revisionOf(Campaign.class);
        var snapshot = AxonStorageConfiguration.snapshotSerializer().serialize(campaignInMediation(), String.class);

        assertThat(snapshot.getType().getRevision()).isEqualTo(revision);
        var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        LAYOUTS.verify(
                "Campaign@" + revision,
                json.writeValueAsString(json.readTree(snapshot.getData())) + "\n",
                "the snapshot of Campaign at @Revision(\"" + revision + "\")",
                """
                        The fields of Campaign (or of Members, or of a class they hold) changed while its @Revision \
                        stayed: snapshots already stored under this revision would be read into the new fields, or \
                        fail. Give Campaign a new @Revision (older snapshots are then passed over and the campaign \
                        replayed from its events) and approve the layout written for it; keep the old file.""");
    }

    /**
     * The case's model as Axon inspects it; the resources its command and deadline handlers take (clock, policy,
     * deadline manager) are not needed to replay events and are left unresolved.
     */
    static AggregateModel<ComplaintCase> model() {
        return model(ComplaintCase.class);
    }

    /** An aggregate's model as Axon inspects it, its handlers' resources left unresolved (see {@link #model()}). */
    static <T> AggregateModel<T> model(Class<T> aggregateClass) {
        ParameterResolverFactory noResources =
                (executable, parameters, index) -> index == 0 ? null : new FixedValueParameterResolver<>(null);
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(
                aggregateClass,
                MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(aggregateClass), noResources));
    }

    /**
     * The Prime Video advertising campaign with its standing, two members (one consenting, one whose consent was
     * withdrawn), one who left, and a collective notice and mediation: every field of Campaign and Members holds
     * something but the joining window (only a judgment sets it, and a judgment ends the mediation stage).
     */
    private static Campaign campaignInMediation() {
        var campaign = new CampaignId("CP-PV24-ADS0");
        var camille = CASE;
        var yann = new CaseId("RC-8H3N-2WXE");
        var lou = new CaseId("RC-9J4P-3YZF");
        var paris = new BranchId("paris-11");
        var consent = new ConsentId(UUID.fromString("3f1c1e9a-6a0e-4d4b-9b59-2d7a55d0e001"));
        var yannConsent = new ConsentId(UUID.fromString("3f1c1e9a-6a0e-4d4b-9b59-2d7a55d0e002"));
        List<CampaignEvent> history = List.of(
                new CampaignOpened(
                        campaign,
                        CAMPAIGN_TITLE,
                        COMPANY_ID,
                        LUXEMBOURG.entity(),
                        Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Publicités ajoutées",
                        LocalDate.of(2024, 2, 5),
                        null,
                        "Abonnés avant le 9 avril 2024",
                        "Code de la consommation, art. R212-1 3°",
                        new StaffMemberId("sophie"),
                        LocalDate.of(2027, 1, 4)),
                new GroupActionStandingRecorded(
                        campaign, "AGR-2026-014", LocalDate.of(2026, 6, 1), LocalDate.of(2031, 5, 31)),
                new CaseJoinedCampaign(campaign, camille, paris, LocalDate.of(2027, 1, 10)),
                new CaseJoinedCampaign(campaign, yann, new BranchId("lyon"), LocalDate.of(2027, 1, 10)),
                new CaseJoinedCampaign(campaign, lou, paris, LocalDate.of(2027, 1, 11)),
                new CaseLeftCampaign(campaign, lou, "Abonné après le 9 avril 2024", LocalDate.of(2027, 1, 12)),
                new ConsentToJoinRecorded(campaign, camille, consent),
                new ConsentToJoinRecorded(campaign, yann, yannConsent),
                new ConsentToJoinWithdrawn(campaign, yann, yannConsent),
                new CollectiveFormalNoticeSent(
                        campaign,
                        1,
                        LUXEMBOURG.entity(),
                        LocalDate.of(2027, 2, 1),
                        SendingMethod.EMAIL,
                        null,
                        List.of(camille)),
                new CollectiveMediationRequested(
                        campaign, 2, "Médiateur du e-commerce", LocalDate.of(2027, 3, 5), null, List.of(camille)));
        var messages = new java.util.ArrayList<org.axonframework.eventhandling.DomainEventMessage<?>>();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>(
                    "Campaign",
                    campaign.value(),
                    sequence,
                    history.get(sequence),
                    java.util.Map.of(),
                    "event-" + sequence,
                    java.time.Instant.parse("2027-03-01T08:00:00Z").plusSeconds(60L * sequence)));
        }
        var model = model(Campaign.class);
        var root = new GenericAggregateFactory<>(model).createAggregateRoot(campaign.value(), messages.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }

    /**
     * A case with letters, documents, a notified mediation, a reminder, the day the facts were known and a
     * conciliation: most of its fields hold something.
     */
    private static ComplaintCase caseInMediation() {
        List<CaseEvent> history = List.of(
                SampleEvents.of(ComplaintFiled.class),
                SampleEvents.of(SupportContacted.class),
                SampleEvents.of(LetterSent.class),
                SampleEvents.of(LetterDelivered.class),
                SampleEvents.of(EvidenceAttached.class),
                SampleEvents.of(ResponseDeadlineExpired.class),
                SampleEvents.of(MediationRequested.class),
                SampleEvents.of(ReminderDue.class),
                SampleEvents.of(MediationSeizureNotified.class),
                SampleEvents.of(FactsKnownDateRecorded.class),
                SampleEvents.of(ConciliationRequested.class),
                SampleEvents.of(ConciliationConcluded.class),
                SampleEvents.of(org.recours.kernel.casefile.MediationProposalMade.class),
                SampleEvents.of(org.recours.kernel.casefile.MediationProposalAnswered.class));
        var caseId = SampleEvents.CASE.value();
        var messages = new java.util.ArrayList<org.axonframework.eventhandling.DomainEventMessage<?>>();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            // fixed ids and times: the case keeps when each entry was recorded, and the layout must not vary
            messages.add(new GenericDomainEventMessage<>(
                    "ComplaintCase",
                    caseId,
                    sequence,
                    history.get(sequence),
                    java.util.Map.of(),
                    "event-" + sequence,
                    java.time.Instant.parse("2027-03-01T08:00:00Z").plusSeconds(60L * sequence)));
        }
        var model = model();
        var root = new GenericAggregateFactory<>(model).createAggregateRoot(caseId, messages.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }
}
