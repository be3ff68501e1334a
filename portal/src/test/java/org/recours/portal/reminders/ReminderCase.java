package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMILLE;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.recours.testing.casefile.ReferenceCase.Consumer;
import org.springframework.http.HttpStatus;

/** A Prime Video case driven over HTTP, and what the event store and the outbox say about it. */
final class ReminderCase {

    static final String STAFF_EMAIL = "marie.durand@asso-conso.example";
    static final String CONSUMER_EMAIL = CAMILLE.email();

    final RecoursInstance app;
    final String caseId;

    private ReminderCase(RecoursInstance app, String caseId) {
        this.app = app;
        this.caseId = caseId;
    }

    /** The tests' API client acts for the administrator account, which files every case: its reminders go to Marie. */
    static void registerStaff(RecoursInstance app) {
        org.recours.portal.web.StaffFixtures.branch(app.api, "paris-11");
        var saved = app.api.put("/api/staff/admin", """
                {"fullName": "Marie Durand", "email": "%s", "branch": "paris-11"}""".formatted(STAFF_EMAIL));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    static ReminderCase file(RecoursInstance app, boolean consumerAgreesToReminders) {
        var filed = app.api.post(
                "/api/cases",
                briefFiling()
                        .by(Consumer.named(CONSUMER_NAME)
                                .withEmail(CONSUMER_EMAIL)
                                .agreeingToReminders(consumerAgreesToReminders))
                        .json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return new ReminderCase(app, app.api.json(filed).get("caseId").asString());
    }

    static ReminderCase existing(RecoursInstance app, String caseId) {
        return new ReminderCase(app, caseId);
    }

    ReminderCase on(RecoursInstance other) {
        return new ReminderCase(other, caseId);
    }

    ReminderCase supportContacted(LocalDate on) {
        return step("support-contacts", """
                {"channel": "CHAT", "contactedOn": "%s", "ticketReference": "D-4471", "summary": "Demande",
                 "outcome": "Refus"}""".formatted(on));
    }

    ReminderCase letterSent(LocalDate on) {
        return step("letters", """
                {"addressee": "Amazon Digital France SAS", "sentOn": "%s",
                 "method": "REGISTERED_WITH_ACKNOWLEDGEMENT", "trackingNumber": "1A 123 456 7890 1"}""".formatted(on));
    }

    ReminderCase letterDelivered(LocalDate on) {
        return step("letters/1/delivery", """
                {"deliveredOn": "%s"}""".formatted(on));
    }

    ReminderCase responseReceived(LocalDate on) {
        return step("responses", """
                {"receivedOn": "%s", "channel": "EMAIL", "summary": "Refus", "assessment": "REJECTED"}""".formatted(on));
    }

    ReminderCase mediationRequested(LocalDate on) {
        return step("mediations", """
                {"mediator": "Médiateur du e-commerce", "requestedOn": "%s", "reference": "MED-1"}""".formatted(on));
    }

    ReminderCase closed() {
        return step("closure", """
                {"resolution": "ABANDONED", "amountObtained": 0, "summary": "Abandon"}""");
    }

    private ReminderCase step(String path, String body) {
        var recorded = app.api.post("/api/cases/" + caseId + "/" + path, body);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
        return this;
    }

    /** The case's events of a type, as stored JSON, in order. */
    List<String> events(String simpleType) {
        return app.jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE ? ORDER BY sequence_number""", String.class, caseId, "%." + simpleType);
    }

    List<String> eventMetaData(String simpleType) {
        return app.jdbc.queryForList("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE ? ORDER BY sequence_number""", String.class, caseId, "%." + simpleType);
    }

    int scheduledDeadlines() {
        return app.jdbc.queryForObject("""
                SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') LIKE ?""", Integer.class, "%" + caseId + "%");
    }

    /** The ids of the case's deadlines in db-scheduler's table, sorted. */
    List<String> deadlineIds() {
        return app.jdbc.queryForList("""
                SELECT task_instance FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') LIKE ?
                 ORDER BY task_instance""", String.class, "%" + caseId + "%");
    }

    static void await(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still waiting for: " + what);
            }
            pause(Duration.ofMillis(50));
        }
    }

    /** Long enough for several polls of the deadline scheduler and of the sender (100 ms each in these tests). */
    static void letPollsRun() {
        pause(Duration.ofMillis(1500));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
