package org.recours.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.portal.casefile.PrimeVideoCase.today;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.recours.command.casefile.ComplaintCase;
import org.recours.platform.storage.AxonStorageConfiguration;
import org.recours.portal.ApiClient;
import org.recours.portal.casefile.PrimeVideoCase;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case with more events than the snapshot threshold is stored as a snapshot; loaded from it, the case holds exactly
 * the state its events give, and its rules judge the next steps as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "recours.snapshot.threshold=5")
@UsesPostgres
class CaseSnapshotIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void aCaseLoadedFromItsSnapshotHasTheStateOfItsEventsAndKeepsItsRules() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        var letterSentOn = today().minusMonths(1);
        ok(api.post(
                "/api/cases/" + caseId + "/support-contacts", PrimeVideoCase.supportContact(today().minusMonths(4))));
        ok(api.post(
                "/api/cases/" + caseId + "/letters", PrimeVideoCase.letter("Amazon Digital France SAS", letterSentOn)));
        ok(api.upload(
                "/api/cases/" + caseId + "/evidence",
                "capture.txt",
                "Publicité pendant un film".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Capture"));
        for (int note = 1; note <= 6; note++) {
            ok(api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Relance " + note)));
        }

        var snapshotAt = awaitSnapshot(caseId);
        assertThat(snapshotAt)
                .as("a snapshot after the threshold, before the last note")
                .isBetween(5L, 9L);
        var snapshot = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = ?""", String.class, caseId, snapshotAt);
        assertThat(snapshot)
                .contains("\"caseId\":\"" + caseId + "\"", "\"sentOn\":\"" + letterSentOn + "\"", "capture.txt");
        var json = new ObjectMapper();
        assertThat(json.readTree(snapshot))
                .as("the snapshot is the state its events give")
                .isEqualTo(json.readTree(stateFromEvents(caseId, snapshotAt)));

        // the next steps, on the case loaded from the snapshot: its correspondence and version carry on
        var tooEarly = api.post("/api/cases/" + caseId + "/mediations", PrimeVideoCase.mediation(today()));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(tooEarly).get("rule").asString()).isEqualTo("RESPONSE_WINDOW_OPEN");
        var beforeTheLetter = api.post("/api/cases/" + caseId + "/responses", """
                {"receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED"}""".formatted(letterSentOn.minusDays(1)));
        assertThat(beforeTheLetter.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.json(beforeTheLetter).get("rule").asString()).isEqualTo("DATE_OUT_OF_ORDER");
        var delivered = api.post(
                "/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(letterSentOn.plusDays(2)));
        ok(delivered);
        assertThat(api.json(delivered).get("version").asLong()).isEqualTo(10);
        var secondDelivery = api.post(
                "/api/cases/" + caseId + "/letters/1/delivery", PrimeVideoCase.delivery(letterSentOn.plusDays(3)));
        assertThat(api.json(secondDelivery).get("rule").asString()).isEqualTo("NO_LETTER_TO_DELIVER");
    }

    @Test
    void aSnapshotThatNoLongerFitsTheCaseIsPassedOverAndTheCaseReplayedFromItsEvents() throws Exception {
        var api = new ApiClient(port);
        var caseId = api.json(api.post("/api/cases", PrimeVideoCase.complaint()))
                .get("caseId")
                .asString();
        for (int note = 1; note <= 7; note++) {
            ok(api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Relance " + note)));
        }
        var snapshotAt = awaitSnapshot(caseId);
        // a field the case no longer has, as after a change of the aggregate without a new @Revision
        jdbc.update("""
                UPDATE snapshot_event_entry SET payload = convert_to('{"retiredField": 1, '
                       || substr(convert_from(payload, 'UTF8'), 2), 'UTF8')
                 WHERE aggregate_identifier = ?""", caseId);
        var closed = api.post("/api/cases/" + caseId + "/closure", """
                {"resolution": "ABANDONED", "amountObtained": 0, "summary": "Abandon"}""");
        ok(closed);
        assertThat(api.json(closed).get("version").asLong()).isEqualTo(8);
        assertThat(snapshotAt).isLessThan(8);
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId);
        jdbc.update("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                  payload, payload_revision, payload_type, time_stamp)
                SELECT aggregate_identifier, sequence_number, 'ComplaintCase', event_identifier || '-old',
                       payload, '0', 'org.recours.command.casefile.ComplaintCase', time_stamp
                  FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 8""", caseId);
        var note = api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Après clôture"));
        assertThat(note.getStatusCode())
                .as("a snapshot of revision 0 is not read: the case is closed")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    private long awaitSnapshot(String caseId) throws InterruptedException {
        var until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var at = jdbc.queryForObject(
                    "SELECT max(sequence_number) FROM snapshot_event_entry " + "WHERE aggregate_identifier = ?",
                    Long.class,
                    caseId);
            if (at != null) {
                return at;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no snapshot of " + caseId);
    }

    /** The case rebuilt from its events alone, up to a sequence number, as a snapshot would hold it. */
    private String stateFromEvents(String caseId, long upTo) {
        var events = new ArrayList<DomainEventMessage<?>>();
        storage.readEvents(caseId, 0)
                .asStream()
                .filter(event -> event.getSequenceNumber() <= upTo)
                .forEach(events::add);
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                ComplaintCase.class, axon.parameterResolverFactory(), axon.handlerDefinition(ComplaintCase.class));
        var root = new GenericAggregateFactory<>(model).createAggregateRoot(caseId, events.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        return AxonStorageConfiguration.snapshotSerializer()
                .serialize(aggregate.getAggregateRoot(), String.class)
                .getData();
    }

    private static void ok(org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
    }
}
