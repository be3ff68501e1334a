package org.recours.portal.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.recours.portal.ApiClient;
import org.recours.portal.RecoursApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One running Recours application, as a process of a deployment would be: its own port, its own settings. */
public final class AppInstance implements AutoCloseable {

    public final ConfigurableApplicationContext context;
    public final ApiClient api;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public static AppInstance start(
            String datasourceUrl, ScratchDatabase database, Path dataDir, String... properties) {
        RecoursApplication.disableAxonUsageReporting();
        var all = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + datasourceUrl,
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "recours.data-dir=" + dataDir));
        all.addAll(List.of(properties));
        // as command-line arguments, which take precedence over application.yml
        return new AppInstance(new SpringApplicationBuilder(RecoursApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        var deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
