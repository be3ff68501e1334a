package org.recours.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.recours.command.calendar.FrenchPublicHolidays;
import org.recours.kernel.law.ReminderPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The cases' deadlines in the database: Axon's {@link DbSchedulerDeadlineManager} on db-scheduler's
 * {@code scheduled_tasks} table (Flyway migration V2026_11_26_0900), each deadline's data as JSON that psql shows
 * ({@code SELECT convert_from(task_data, 'UTF8') FROM scheduled_tasks}).
 *
 * <p>Declared here, not left to Axon 4.13's auto-configuration: that one waits for db-scheduler's Spring Boot starter,
 * which orders itself after Spring Boot 3's DataSource auto-configuration (see docs/adr/0001); without it Axon
 * silently keeps deadlines in memory, and they are lost at each restart. The scheduler sees the DataSource through
 * Spring's transactions, so a deadline is scheduled or cancelled in the transaction that records its step; and it
 * reads the time from the application's {@link Clock}, so that tests move time without sleeping.
 *
 * <p><b>Works around</b> the same auto-configuration ordering as {@link
 * org.recours.platform.storage.AxonStorageConfiguration} (Axon 4.13 under Spring Boot 4); the retries, the heartbeat,
 * the clock, the lifecycle phase and {@link KeyedDeadlineManager} are ours and stay. <b>Can go</b> (the scheduler's
 * declaration) when Axon's and db-scheduler's starters wire a persistent scheduler under Boot 4 with these settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineSettings.class)
public class DeadlineConfiguration {

    @Bean
    ReminderPolicy reminderPolicy(DeadlineSettings settings) {
        return settings.reminderPolicy(new FrenchPublicHolidays());
    }

    @Bean
    DbSchedulerDeadlineManagerSupplier deadlineManagerSupplier() {
        return new DbSchedulerDeadlineManagerSupplier();
    }

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(
            DataSource dataSource,
            DbSchedulerDeadlineManagerSupplier deadlineManager,
            Clock clock,
            DeadlineSettings settings) {
        var transactional = dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        return Scheduler.create(transactional, List.of(retriedSoon(deadlineManager)))
                .tableName("scheduled_tasks")
                .serializer(new JacksonSerializer())
                .schedulerName(new SchedulerName.Fixed(
                        "recours-" + UUID.randomUUID().toString().substring(0, 8)))
                .clock(clock::instant)
                .pollingInterval(settings.pollingInterval())
                // A deadline being fired when its process dies stays "picked" until its heartbeat is missed 4
                // times (db-scheduler's least), then fires again: the default (5 min x 6) delayed such a reminder
                // by half an hour after a crash (ProcessKilledIT); now about 20 s.
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(4)
                .threads(2)
                .commitWhenAutocommitDisabled(false)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Axon's deadline task, retried after 1 s, 2 s, 4 s… when it fails instead of db-scheduler's 5 minutes: two
     * deadlines of one case firing together race for the case's next sequence number, and the loser must not wait.
     * A retry that finds the fact already recorded records nothing (see ComplaintCase's deadline handler).
     */
    private static Task<DbSchedulerHumanReadableDeadlineDetails> retriedSoon(
            DbSchedulerDeadlineManagerSupplier deadlineManager) {
        var axonTask = DbSchedulerDeadlineManager.humanReadableTask(deadlineManager);
        return Tasks.oneTime(axonTask.getName(), axonTask.getDataClass())
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(1), 2.0))
                .execute((instance, context) -> axonTask.execute(instance, context));
    }

    /** Axon's manager, with ids that let a case's deadlines be cancelled without reading the others' (see there). */
    @Bean
    DeadlineManager deadlineManager(
            Scheduler deadlineScheduler,
            DbSchedulerDeadlineManagerSupplier supplier,
            org.axonframework.config.Configuration configuration,
            Serializer serializer,
            TransactionManager transactionManager,
            DataSource dataSource) {
        var builder = DbSchedulerDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false);
        var manager = new KeyedDeadlineManager(builder, deadlineScheduler, serializer, dataSource);
        supplier.set(manager);
        return manager;
    }

    /**
     * Deadlines fire only once Axon runs (the aggregates can take them), and stop firing before it stops: a phase
     * after Axon's.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler, DeadlineManager deadlineManager) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                deadlineScheduler.stop();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return SpringAxonConfiguration.LIFECYCLE_PHASE + 100;
            }
        };
    }
}
