package org.recours.portal.evidence;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds how many evidence bundles are written at once (each streams a case's documents and holds its JSON and PDF
 * exports): a request beyond the bound waits up to {@code queueWait}, then is answered 503 with a Retry-After.
 */
class BundleExportLimit {

    /** {@code recours.export.*}: the bound on concurrent bundle exports. */
    @ConfigurationProperties("recours.export")
    record Settings(
            @DefaultValue("2") int maxConcurrentBundles,
            @DefaultValue("5s") Duration bundleQueueWait,
            @DefaultValue("10s") Duration bundleRetryAfter) {
        Settings {
            if (maxConcurrentBundles < 1) {
                throw new IllegalArgumentException("recours.export.max-concurrent-bundles must be at least 1");
            }
        }
    }

    /** A permit to write one bundle, given back when closed. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final Settings settings;

    BundleExportLimit(Settings settings) {
        this.settings = settings;
        this.permits = new Semaphore(settings.maxConcurrentBundles(), true);
    }

    Permit acquire() {
        try {
            if (!permits.tryAcquire(settings.bundleQueueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BundleExportsBusy(settings.maxConcurrentBundles(), settings.bundleRetryAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleExportsBusy(settings.maxConcurrentBundles(), settings.bundleRetryAfter());
        }
        return permits::release;
    }
}
