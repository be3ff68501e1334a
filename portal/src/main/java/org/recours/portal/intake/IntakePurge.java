package org.recours.portal.intake;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every {@code recours.intake.purge-interval}: deletes the submissions never confirmed within
 * {@code recours.intake.confirmation-window} (with their documents), the rate limits' old attempts, and the text of
 * the consumer's emails once sent (it held the links' secrets; the row stays as the trace that it went out). Each
 * statement is idempotent: several instances may run it at once.
 */
@Component
class IntakePurge implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IntakePurge.class);
    static final String SENT_BODY = "(texte effacé après l'envoi : il contenait un lien personnel du consommateur)";

    private final Submissions submissions;
    private final RateLimits limits;
    private final JdbcTemplate jdbc;
    private final IntakeSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    IntakePurge(Submissions submissions, RateLimits limits, JdbcTemplate jdbc, IntakeSettings settings, Clock clock) {
        this.submissions = submissions;
        this.limits = limits;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    void purge() {
        int unconfirmed = submissions.purgeUnconfirmed(clock.instant().minus(settings.confirmationWindow()));
        limits.purge();
        jdbc.update(
                "UPDATE reminder_outbox SET text_body = ?, html_body = ? WHERE reminder_key LIKE ? "
                        + "AND sent_at IS NOT NULL AND text_body <> ?",
                SENT_BODY,
                SENT_BODY,
                IntakeMails.KEY_PREFIX + "%",
                SENT_BODY);
        if (unconfirmed > 0) {
            LOG.info("{} unconfirmed submission(s) purged", unconfirmed);
        }
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("intake purge failed, tried again in {}: {}", settings.purgeInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "intake-purge");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.purgeInterval().toMillis();
        executor.scheduleWithFixedDelay(this::purgeQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
