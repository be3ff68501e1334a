package org.recours.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's db-scheduler deadline manager, with task ids that name the aggregate and the deadline they belong to:
 * {@code ComplaintCase/RC-7K2M-9QXD/response-window/<uuid>}. Cancelling a case's deadlines of one name ("cancel all
 * within scope") is then one {@code DELETE} on a range of {@code scheduled_tasks}' primary key.
 *
 * <p>Axon's own implementation reads and deserialises every scheduled deadline of every case to find the case's: its
 * cost grew with the number of open cases and took a third of a command's CPU (docs/performance.md). Deadlines run
 * exactly as before (the same task and data, executed by Axon); a deadline being executed ({@code picked}) is left
 * alone, as Axon's cancellation does. Ids written before this class keep Axon's random form until the Flyway
 * migration V2026_11_27_0705 renames them.
 *
 * <p><b>Works around</b> two limits of Axon 4.13's {@code DbSchedulerDeadlineManager}: its cancellations within a
 * scope scan and deserialise every scheduled task (db-scheduler cannot filter tasks; Axon's reference guide says so
 * under "Caveats for the DbScheduler implementation"), and it offers no hook for the task id, so {@link #schedule}
 * re-implements its private {@code humanReadableTask} (the same task name and {@code DbSchedulerHumanReadableDeadlineDetails}
 * data, so Axon executes our tasks as its own). <b>Can go</b> when Axon's manager cancels by scope without reading
 * every task (e.g. ids keyed by scope, as here); its task data is the same, so only the ids would differ:
 * {@code DeadlineCancellationIT} and the deadlines' benchmark (docs/performance.md) tell.
 */
final class KeyedDeadlineManager extends DbSchedulerDeadlineManager {

    static final String TASK_NAME = "AxonDeadline";
    private static final TaskDescriptor<DbSchedulerHumanReadableDeadlineDetails> TASK =
            TaskDescriptor.of(TASK_NAME, DbSchedulerHumanReadableDeadlineDetails.class);

    private final Scheduler scheduler;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;

    KeyedDeadlineManager(Builder builder, Scheduler scheduler, Serializer serializer, DataSource dataSource) {
        super(builder.scheduler(scheduler).serializer(serializer).useBinaryPojo(false));
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The start of the ids of an aggregate's deadlines of one name; ids and names are ASCII without '/'. */
    static String keyPrefix(String aggregateType, String aggregateId, String deadlineName) {
        return aggregateType + "/" + aggregateId + "/" + deadlineName + "/";
    }

    @Override
    public String schedule(
            Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor deadlineScope) {
        if (!(deadlineScope instanceof AggregateScopeDescriptor aggregate)) {
            return super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        }
        var id = keyPrefix(aggregate.getType(), String.valueOf(aggregate.getIdentifier()), deadlineName)
                + IdentifierFactory.getInstance().generateIdentifier();
        var message = GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime);
        runOnPrepareCommitOrNow(() -> {
            var intercepted = processDispatchInterceptors(message);
            var scope = serializer.serialize(deadlineScope, String.class);
            var payload = serializer.serialize(intercepted.getPayload(), String.class);
            var metaData = serializer.serialize(intercepted.getMetaData(), String.class);
            var details = new DbSchedulerHumanReadableDeadlineDetails(
                    deadlineName,
                    scope.getData(),
                    scope.getType().getName(),
                    payload.getData(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    metaData.getData());
            scheduler.schedule(TASK.instance(id).data(details).build(), triggerDateTime);
        });
        return id;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        if (!(scope instanceof AggregateScopeDescriptor aggregate)) {
            super.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        var prefix = keyPrefix(aggregate.getType(), String.valueOf(aggregate.getIdentifier()), deadlineName);
        // every id starting with the prefix, and only those: the prefix ends in '/', and '0' follows '/' in ASCII
        // (PostgreSQL compares task_instance in the "C" collation: migration V2026_11_27_0706)
        var after = prefix.substring(0, prefix.length() - 1) + '0';
        runOnPrepareCommitOrNow(() -> jdbc.update("""
                DELETE FROM scheduled_tasks
                 WHERE task_name = ? AND task_instance >= ? AND task_instance < ? AND picked = FALSE""", TASK_NAME, prefix, after));
    }
}
