package org.recours.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.ConfigToken;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.recours.command.campaign.Campaign;
import org.recours.command.casefile.CaseDeadline;
import org.recours.command.casefile.ComplaintCase;
import org.recours.kernel.campaign.CampaignEvent;
import org.recours.testing.approval.ApprovedForm;
import org.recours.testing.casefile.SampleEvents;

/**
 * Class names written into stored data: moving or renaming one of these classes makes rows already stored unreadable
 * (events, snapshots, deadlines, tokens) or changes hashed evidence (the kind of an audit entry). The list of every
 * one is approved in {@code src/test/resources/stored-forms/stored-class-names.approved.txt}; a new event type adds
 * its lines there once reviewed.
 */
class StoredClassNamesTest {

    private static final ApprovedForm LIST = new ApprovedForm("src/test/resources/stored-forms", "txt");

    @Test
    void theClassNamesStoredInDataAreTheApprovedOnes() throws IOException {
        LIST.verify(
                "stored-class-names", String.join("\n", storedNames()) + "\n", "the class names stored in data", """
                        A class named in stored data has moved, been renamed or been added. Rows already stored \
                        still name the old class: keep the class where it is. If it must move, map its old name to \
                        the new one where it is read (an Axon upcaster for events — payload_type —, a Flyway \
                        migration rewriting snapshot, deadline and token rows, or an alias in the serializer), \
                        record why in an ADR (docs/adr), then approve the new list. A new event type only adds \
                        lines: review them and approve.""");
    }

    @Test
    void everyClassNamedInTheApprovedListStillExists() {
        var missing = new ArrayList<String>();
        for (var line : ApprovedForm.read(LIST.approved("stored-class-names")).split("\n")) {
            var name = line.substring(line.indexOf('\t') + 1);
            if (name.contains(".")) {
                try {
                    Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    missing.add(line);
                }
            }
        }

        assertThat(missing)
                .as("classes named in stored data that are gone: stored rows name them; map the old name "
                        + "to the new one where it is read (upcaster, migration) and write an ADR")
                .isEmpty();
    }

    private static List<String> storedNames() throws IOException {
        var lines = new ArrayList<String>();
        for (var type : SampleEvents.types()) {
            lines.add("event payload_type (domain_event_entry, dead_letter_entry)\t" + type.getName());
            lines.add("audit_entry.kind (hashed evidence)\t" + type.getSimpleName());
        }
        var aggregateType = SnapshotLayoutTest.model().type();
        lines.add(
                "aggregate type (domain_event_entry.type, snapshot_event_entry.type, deadline ids)\t" + aggregateType);
        lines.add("snapshot payload_type (snapshot_event_entry)\t" + ComplaintCase.class.getName());
        for (var type : campaignEventTypes(CampaignEvent.class)) {
            lines.add("event payload_type (domain_event_entry, dead_letter_entry)\t" + type.getName());
        }
        lines.add("aggregate type (domain_event_entry.type, snapshot_event_entry.type)\t"
                + SnapshotLayoutTest.model(Campaign.class).type());
        lines.add("snapshot payload_type (snapshot_event_entry)\t" + Campaign.class.getName());
        lines.add("deadline payload (scheduled_tasks.task_data)\t" + CaseDeadline.class.getName());
        lines.add("deadline scope (scheduled_tasks.task_data)\t" + AggregateScopeDescriptor.class.getName());
        for (var token :
                List.of(GapAwareTrackingToken.class, ReplayToken.class, MergedTrackingToken.class, ConfigToken.class)) {
            lines.add("token_type (token_entry)\t" + token.getName());
        }
        return lines.stream().distinct().sorted().toList();
    }

    /** The campaign's event types: the records permitted under {@link CampaignEvent}, through its sealed parts. */
    private static List<Class<?>> campaignEventTypes(Class<?> sealed) {
        var types = new ArrayList<Class<?>>();
        for (var permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                types.addAll(campaignEventTypes(permitted));
            } else {
                types.add(permitted);
            }
        }
        return types;
    }
}
