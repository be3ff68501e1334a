package org.recours.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V2026_11_27_0705__DeadlineIdsNameTheirCase;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.testing.time.MovableClock;

/**
 * A step cancels its case's deadlines of the names it ends, and no other case's: the deadline ids name their case,
 * and cancelling is a range of ids rather than a read of every scheduled deadline. Deadlines scheduled under Axon's
 * random ids before that are renamed by a migration and cancelled the same way.
 */
class DeadlineCancellationIT {

    private final MovableClock clock = new MovableClock(LocalDate.of(2031, 1, 12), LocalTime.of(10, 0));
    private final OwnDatabase database = new OwnDatabase();
    private RecoursInstance app;

    @BeforeEach
    void start() {
        app = RecoursInstance.start(database, clock, 0);
    }

    @AfterEach
    void stop() {
        app.close();
        database.close();
    }

    @Test
    void aStepCancelsTheDeadlinesItEndsOnItsOwnCaseOnly() {
        var first = ReminderCase.file(app, false).supportContacted(LocalDate.of(2031, 1, 10));
        var other = ReminderCase.file(app, false).supportContacted(LocalDate.of(2031, 1, 10));
        var otherDeadlines = other.deadlineIds();
        assertThat(otherDeadlines)
                .singleElement()
                .asString()
                .startsWith("ComplaintCase/" + other.caseId + "/support-follow-up/");
        var firstFollowUp = first.deadlineIds();

        first.supportContacted(LocalDate.of(2031, 1, 11));
        assertThat(first.deadlineIds())
                .as("the follow-up moved to the new contact's")
                .hasSize(1)
                .doesNotContainAnyElementsOf(firstFollowUp);

        first.letterSent(LocalDate.of(2031, 1, 12));
        assertThat(first.deadlineIds())
                .as("the follow-up gone; response window and mediation time limit")
                .hasSize(4)
                .allMatch(id -> id.startsWith("ComplaintCase/" + first.caseId + "/response-window/")
                        || id.startsWith("ComplaintCase/" + first.caseId + "/mediation-time-limit/"));

        first.closed();
        assertThat(first.deadlineIds()).isEmpty();
        assertThat(other.deadlineIds()).as("the other case's untouched").isEqualTo(otherDeadlines);
    }

    @Test
    void aDeadlineScheduledUnderAnAxonIdIsRenamedAndThenCancelledLikeTheOthers() throws Exception {
        var file = ReminderCase.file(app, false).supportContacted(LocalDate.of(2031, 1, 10));
        var axonId = UUID.randomUUID().toString();
        app.jdbc.update(
                "UPDATE scheduled_tasks SET task_instance = ? WHERE task_instance = ?",
                axonId,
                file.deadlineIds().get(0));

        try (var connection = app.bean(DataSource.class).getConnection()) {
            new V2026_11_27_0705__DeadlineIdsNameTheirCase().migrate(context(connection));
        }
        assertThat(file.deadlineIds()).containsExactly("ComplaintCase/" + file.caseId + "/support-follow-up/" + axonId);

        file.supportContacted(LocalDate.of(2031, 1, 11));
        assertThat(file.deadlineIds()).singleElement().asString().doesNotEndWith(axonId);
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
